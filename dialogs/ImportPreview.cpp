#include "ImportPreview.h"

int ImportPreview::count(ImportChange change) const
{
    int n = 0;
    for (const Row& row : rows)
        n += row.change == change ? 1 : 0;
    return n;
}

QString ImportPreview::changeLabel(ImportChange change)
{
    switch (change) {
    case ImportChange::Added:
        return tr("Added");
    case ImportChange::Updated:
        return tr("Updated");
    case ImportChange::Unchanged:
        return tr("Unchanged");
    }
    return QString();
}

ImportPreview ImportPreview::fromPlan(const UnitImportPlan& plan)
{
    ImportPreview preview;
    preview.what = tr("units");
    preview.fileName = plan.fileName;
    preview.columns = {tr("Code"), tr("Name"), tr("Kind"), tr("Headcount"), tr("Collective prize")};
    preview.problems = plan.problems;
    for (const UnitImportRow& r : plan.rows) {
        const Unit& u = r.unit;
        preview.rows << Row{r.line,
                            {u.code, u.name, Unit::kindLabel(u.kind),
                             u.headcount ? QString::number(*u.headcount) : QString(),
                             u.collectiveEligible ? tr("Eligible") : tr("Not eligible")},
                            r.change};
    }
    return preview;
}

ImportPreview ImportPreview::fromPlan(const ExclusionImportPlan& plan)
{
    ImportPreview preview;
    preview.what = tr("exclusions");
    preview.fileName = plan.fileName;
    preview.columns = {tr("Type"), tr("Value"), tr("Reason")};
    preview.problems = plan.problems;
    for (const ExclusionImportRow& r : plan.rows) {
        const Exclusion& e = r.exclusion;
        preview.rows << Row{r.line, {Exclusion::typeLabel(e.type), e.value, e.reason}, r.change};
    }
    return preview;
}
