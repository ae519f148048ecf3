#include "ExclusionImporter.h"

#include "accounts/Authorization.h"
#include "ExclusionRepository.h"
#include "UnitRepository.h"
#include "audit/AuditLog.h"
#include "storage/Database.h"
#include "core/CsvReader.h"
#include "core/Identity.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

ExclusionImportPlan ExclusionImporter::plan(const QString& path) const
{
    return planFromFile<ExclusionImportPlan>(path, [this](const QByteArray& data, const QString& fileName) {
        return planFromBytes(data, fileName);
    });
}

ExclusionImportPlan ExclusionImporter::planFromBytes(const QByteArray& data, const QString& fileName) const
{
    ExclusionImportPlan plan;
    plan.fileName = fileName;
    const std::optional<CsvTable> parsed = CsvTable::tryParse(data, fileName, plan.problems);
    if (!parsed)
        return plan;
    const CsvTable& table = *parsed;
    const QStringList required = {QStringLiteral("type"), QStringLiteral("value"), QStringLiteral("reason")};
    const QHash<QString, int> col = table.mapColumns(required, {}, plan.problems);
    if (!plan.ok())
        return plan;

    const QSet<QString> unitCodes = [&] {
        const QStringList codes = UnitRepository(m_db).codes();
        return QSet<QString>(codes.begin(), codes.end());
    }();
    QHash<QString, Exclusion> stored;
    for (const Exclusion& e : ExclusionRepository(m_db).list())
        stored.insert(e.type + QLatin1Char('\n') + e.value, e);
    QHash<QString, int> firstLine;

    for (const CsvRecord& rec : table.records()) {
        auto field = [&](const QString& name) {
            const int i = col.value(name);
            return i < rec.fields.size() ? rec.fields.at(i).trimmed() : QString();
        };
        auto problem = [&](const QString& column, const QString& message) {
            plan.problems << Problem{table.where(rec.line, column), message};
        };
        const int before = plan.problems.size();
        if (!table.fieldCountFits(rec, plan.problems))
            continue;
        Exclusion e;
        e.type = field(QStringLiteral("type")).toLower();
        const QString raw = field(QStringLiteral("value"));
        e.reason = field(QStringLiteral("reason")).normalized(QString::NormalizationForm_C);

        if (e.type.isEmpty()) {
            problem(QStringLiteral("type"), tr("empty; use id_number, phone or unit"));
        } else if (!Exclusion::knownTypes().contains(e.type)) {
            problem(QStringLiteral("type"), tr("unknown type '%1'; use id_number, phone or unit").arg(e.type));
        } else if (raw.isEmpty()) {
            problem(QStringLiteral("value"), tr("empty"));
        } else if (e.type == QLatin1String("id_number")) {
            e.value = Identity::normalizeIdNumber(raw);
            if (e.value.isEmpty())
                problem(QStringLiteral("value"), tr("'%1' is not an ID number (12 digits, or 9 for an old CMND)").arg(raw));
        } else if (e.type == QLatin1String("phone")) {
            e.value = Identity::normalizePhone(raw);
            if (e.value.isEmpty())
                problem(QStringLiteral("value"), tr("'%1' is not a usable phone number (10 digits starting with 0, or +84...)").arg(raw));
        } else {
            e.value = raw;
            if (!unitCodes.contains(raw))
                problem(QStringLiteral("value"), tr("unknown unit '%1'; import the units first").arg(raw));
        }
        if (e.reason.isEmpty())
            problem(QStringLiteral("reason"), tr("empty; say why (e.g. member of the organising committee)"));
        if (plan.problems.size() != before)
            continue;
        const QString key = e.type + QLatin1Char('\n') + e.value;
        if (firstLine.contains(key)) {
            problem(QStringLiteral("value"), tr("%1 %2 is already listed on line %3").arg(e.type, e.value).arg(firstLine.value(key)));
            continue;
        }
        firstLine.insert(key, rec.line);
        ExclusionImportRow row{rec.line, e, ImportChange::Added};
        if (const auto it = stored.constFind(key); it != stored.cend())
            row.change = *it == e ? ImportChange::Unchanged : ImportChange::Updated;
        plan.rows << row;
    }
    if (plan.ok() && plan.rows.isEmpty())
        plan.problems << Problem{fileName, tr("no entries in the file (only a header)")};
    return plan;
}

void ExclusionImporter::apply(const ExclusionImportPlan& plan)
{
    Authorization::require(m_db, Permission::EditUnits);
    if (!plan.ok())
        throw UserError(plan.problems);
    QList<Exclusion> list;
    for (const ExclusionImportRow& r : plan.rows) {
        if (r.change != ImportChange::Unchanged)
            list << r.exclusion;
    }
    if (list.isEmpty())
        return;
    m_db.transaction([&] {
        ExclusionRepository repo(m_db);
        const QJsonArray before = ExclusionRepository::toJson(repo.list());
        repo.upsert(list);
        AuditLog(m_db).append(QStringLiteral("exclusions.import"), plan.fileName, before,
                              ExclusionRepository::toJson(repo.list()));
    });
}
