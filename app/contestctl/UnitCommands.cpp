#include "CtlCommands.h"

#include "units/ExclusionImporter.h"
#include "units/ExclusionRepository.h"
#include "units/UnitImporter.h"
#include "units/UnitRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

// parsed: the import's summary line, fixed English in every locale (docs/contestctl.md)
template <typename Plan> QString summary(const Plan& plan, const QString& what)
{
    return QStringLiteral("%1: %2 %3 (%4 added, %5 updated, %6 unchanged)\n")
        .arg(plan.fileName)
        .arg(plan.rows.size())
        .arg(what)
        .arg(plan.count(ImportChange::Added))
        .arg(plan.count(ImportChange::Updated))
        .arg(plan.count(ImportChange::Unchanged));
}

// Columns padded to their widest cell, for reading in a terminal.
QString table(const QList<QStringList>& rows)
{
    QList<int> widths;
    for (const QStringList& r : rows) {
        for (int i = 0; i < r.size(); ++i) {
            if (widths.size() <= i)
                widths << 0;
            widths[i] = qMax(widths[i], static_cast<int>(r.at(i).size()));
        }
    }
    QString out;
    for (const QStringList& r : rows) {
        QStringList cells;
        for (int i = 0; i < r.size(); ++i)
            cells << (i + 1 < r.size() ? r.at(i).leftJustified(widths.at(i)) : r.at(i));
        out += cells.join(QStringLiteral("  ")) + QLatin1Char('\n');
    }
    return out;
}

int runUnitsImport(CtlContext& ctx)
{
    const QString file = ctx.positionals(1, QStringLiteral("units import FILE.csv")).first();
    UnitImporter importer(ctx.openExisting());
    const UnitImportPlan plan = importer.plan(file);
    importer.apply(plan);
    ctx.out() << summary(plan, QStringLiteral("units"));
    return 0;
}

int runUnitsList(CtlContext& ctx)
{
    const bool json = ctx.takeFlag(QStringLiteral("--json"));
    ctx.positionals(0, QStringLiteral("units list [--json]"));
    const QList<Unit> units = UnitRepository(ctx.openExisting()).list();
    if (json) {
        QJsonArray array;
        for (const Unit& u : units)
            array.append(UnitRepository::toJson(u));
        ctx.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return 0;
    }
    QList<QStringList> rows = {{QStringLiteral("code"), QStringLiteral("kind"), QStringLiteral("headcount"),
                                QStringLiteral("collective"), QStringLiteral("name")}};
    for (const Unit& u : units) {
        rows << QStringList{u.code, u.kind, u.headcount ? QString::number(*u.headcount) : QStringLiteral("-"),
                            u.collectiveEligible ? QStringLiteral("yes") : QStringLiteral("no"), u.name};
    }
    ctx.out() << table(rows) << QStringLiteral("%1 units\n").arg(units.size());
    return 0;
}

int runExclusionsImport(CtlContext& ctx)
{
    const QString file = ctx.positionals(1, QStringLiteral("exclusions import FILE.csv")).first();
    ExclusionImporter importer(ctx.openExisting());
    const ExclusionImportPlan plan = importer.plan(file);
    importer.apply(plan);
    ctx.out() << summary(plan, QStringLiteral("entries"));
    return 0;
}

int runExclusionsList(CtlContext& ctx)
{
    const bool json = ctx.takeFlag(QStringLiteral("--json"));
    ctx.positionals(0, QStringLiteral("exclusions list [--json]"));
    const QList<Exclusion> list = ExclusionRepository(ctx.openExisting()).list();
    if (json) {
        const QJsonArray array = ExclusionRepository::toJson(list);
        ctx.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return 0;
    }
    QList<QStringList> rows = {{QStringLiteral("type"), QStringLiteral("value"), QStringLiteral("reason")}};
    for (const Exclusion& e : list)
        rows << QStringList{e.type, e.value, e.reason};
    ctx.out() << table(rows) << QStringLiteral("%1 entries\n").arg(list.size());
    return 0;
}

} // namespace

QList<CtlCommand> unitCommands()
{
    return {
        {{QStringLiteral("units"), QStringLiteral("import")}, QStringLiteral("units import FILE.csv"),
         QStringLiteral("import units (code,name,kind,headcount,collective_eligible)"),
         QStringLiteral("The CSV file (UTF-8, comma or semicolon) has a header row with the columns\n"
                        "code,name,kind,headcount,collective_eligible. kind is one of agency, commune,\n"
                        "school, organization, enterprise, armed_forces, other; headcount is the number\n"
                        "of people (0 when not known); collective_eligible is 1 or 0. Units are added\n"
                        "or updated by code. One bad row and nothing is imported."),
         runUnitsImport},
        {{QStringLiteral("units"), QStringLiteral("list")}, QStringLiteral("units list [--json]"),
         QStringLiteral("list the units"), QStringLiteral("Prints the units as a table, or as JSON with --json."),
         runUnitsList},
        {{QStringLiteral("exclusions"), QStringLiteral("import")}, QStringLiteral("exclusions import FILE.csv"),
         QStringLiteral("import the exclusion list (type,value,reason)"),
         QStringLiteral("The CSV file has a header row type,value,reason; type is id_number, phone or\n"
                        "unit. ID numbers and phones are normalised as the contest rules say; a unit\n"
                        "must exist. One bad row and nothing is imported."),
         runExclusionsImport},
        {{QStringLiteral("exclusions"), QStringLiteral("list")}, QStringLiteral("exclusions list [--json]"),
         QStringLiteral("list the exclusion list"),
         QStringLiteral("Prints the exclusion list as a table, or as JSON with --json."), runExclusionsList},
    };
}
