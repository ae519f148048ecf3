#include "UnitImporter.h"

#include "accounts/Authorization.h"
#include "UnitRepository.h"
#include "audit/AuditLog.h"
#include "core/CsvReader.h"
#include "storage/Database.h"

#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>

UnitImportPlan UnitImporter::plan(const QString& path) const
{
    return planFromFile<UnitImportPlan>(path, [this](const QByteArray& data, const QString& fileName) {
        return planFromBytes(data, fileName);
    });
}

UnitImportPlan UnitImporter::planFromBytes(const QByteArray& data, const QString& fileName) const
{
    UnitImportPlan plan;
    plan.fileName = fileName;
    const std::optional<CsvTable> parsed = CsvTable::tryParse(data, fileName, plan.problems);
    if (!parsed)
        return plan;
    const CsvTable& table = *parsed;
    const QStringList required = {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("kind"),
                                  QStringLiteral("headcount"), QStringLiteral("collective_eligible")};
    const QHash<QString, int> col = table.mapColumns(required, {}, plan.problems);
    if (!plan.ok())
        return plan;

    static const QRegularExpression codePattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    QHash<QString, int> firstLineOfCode;
    QHash<QString, Unit> stored;
    for (const Unit& u : UnitRepository(m_db).list())
        stored.insert(u.code, u);

    for (const CsvRecord& rec : table.records()) {
        auto field = [&](const QString& name) {
            const int i = col.value(name);
            return i < rec.fields.size() ? rec.fields.at(i) : QString();
        };
        auto problem = [&](const QString& column, const QString& message) {
            plan.problems << Problem{table.where(rec.line, column), message};
        };
        const int problemsBefore = plan.problems.size();
        if (!table.fieldCountFits(rec, plan.problems))
            continue;
        Unit u;
        u.code = field(QStringLiteral("code")).trimmed();
        u.name = field(QStringLiteral("name")).trimmed().normalized(QString::NormalizationForm_C);
        u.kind = field(QStringLiteral("kind")).trimmed().toLower();
        const QString headcount = field(QStringLiteral("headcount")).trimmed();
        const QString eligible = field(QStringLiteral("collective_eligible")).trimmed();

        if (u.code.isEmpty())
            problem(QStringLiteral("code"), tr("empty; every unit needs a code"));
        else if (!codePattern.match(u.code).hasMatch())
            problem(QStringLiteral("code"), tr("'%1': use only letters A-Z, digits, '.', '_' and '-'").arg(u.code));
        else if (firstLineOfCode.contains(u.code))
            problem(QStringLiteral("code"), tr("'%1' is already used on line %2").arg(u.code).arg(firstLineOfCode.value(u.code)));
        else
            firstLineOfCode.insert(u.code, rec.line);
        if (u.name.isEmpty())
            problem(QStringLiteral("name"), tr("empty; every unit needs a name"));
        if (u.kind.isEmpty())
            problem(QStringLiteral("kind"), tr("empty; use one of %1").arg(Unit::knownKinds().join(QStringLiteral(", "))));
        else if (!Unit::knownKinds().contains(u.kind))
            problem(QStringLiteral("kind"), tr("unknown kind '%1'; use one of %2").arg(u.kind, Unit::knownKinds().join(QStringLiteral(", "))));
        if (headcount.isEmpty()) {
            problem(QStringLiteral("headcount"), tr("empty; write the number of people, or 0 when it is not known"));
        } else {
            bool ok = false;
            const int n = headcount.toInt(&ok);
            if (!ok || n < 0)
                problem(QStringLiteral("headcount"), tr("'%1' is not a whole number of people").arg(headcount));
            else if (n > 0)
                u.headcount = n;
        }
        if (eligible == QLatin1String("1"))
            u.collectiveEligible = true;
        else if (eligible == QLatin1String("0"))
            u.collectiveEligible = false;
        else
            problem(QStringLiteral("collective_eligible"), tr("'%1': write 1 (may win a collective prize) or 0").arg(eligible));

        if (plan.problems.size() != problemsBefore)
            continue;
        UnitImportRow row{rec.line, u, ImportChange::Added};
        if (const auto it = stored.constFind(u.code); it != stored.cend())
            row.change = *it == u ? ImportChange::Unchanged : ImportChange::Updated;
        plan.rows << row;
    }
    if (plan.ok() && plan.rows.isEmpty())
        plan.problems << Problem{fileName, tr("no units in the file (only a header)")};
    return plan;
}

void UnitImporter::apply(const UnitImportPlan& plan)
{
    Authorization::require(m_db, Permission::EditUnits);
    if (!plan.ok())
        throw UserError(plan.problems);
    QList<Unit> units;
    QJsonArray before;
    QJsonArray after;
    UnitRepository repo(m_db);
    for (const UnitImportRow& r : plan.rows) {
        if (r.change == ImportChange::Unchanged)
            continue;
        units << r.unit;
        if (const auto old = repo.find(r.unit.code))
            before.append(UnitRepository::toJson(*old));
        after.append(UnitRepository::toJson(r.unit));
    }
    if (units.isEmpty())
        return;
    // Units decide collective eligibility and participation rates: their changes are audited.
    m_db.transaction([&] {
        repo.upsert(units);
        AuditLog(m_db).append(QStringLiteral("units.import"), plan.fileName, before, after);
    });
}
