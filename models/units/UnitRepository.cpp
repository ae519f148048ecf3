#include "UnitRepository.h"

#include "storage/Database.h"

namespace {
Unit unitFrom(const QSqlQuery& q)
{
    Unit u;
    u.code = q.value(0).toString();
    u.name = q.value(1).toString();
    u.kind = q.value(2).toString();
    if (!q.value(3).isNull())
        u.headcount = q.value(3).toInt();
    u.collectiveEligible = q.value(4).toInt() != 0;
    return u;
}
const char* const kColumns = "SELECT code, name, kind, headcount, collective_eligible FROM units";
} // namespace

QList<Unit> UnitRepository::list() const
{
    QList<Unit> units;
    QSqlQuery q = m_db.exec(QLatin1String(kColumns) + QStringLiteral(" ORDER BY code"));
    while (q.next())
        units << unitFrom(q);
    return units;
}

std::optional<Unit> UnitRepository::find(const QString& code) const
{
    QSqlQuery q = m_db.exec(QLatin1String(kColumns) + QStringLiteral(" WHERE code = ?"), {code});
    if (!q.next())
        return std::nullopt;
    return unitFrom(q);
}

QStringList UnitRepository::codes() const
{
    QStringList codes;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT code FROM units ORDER BY code"));
    while (q.next())
        codes << q.value(0).toString();
    return codes;
}

int UnitRepository::count() const
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT count(*) FROM units"));
    return q.next() ? q.value(0).toInt() : 0;
}

void UnitRepository::upsert(const QList<Unit>& units)
{
    m_db.transaction([&] {
        QSqlQuery q = m_db.prepare(QStringLiteral(
            "INSERT INTO units (code, name, kind, headcount, collective_eligible) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (code) DO UPDATE SET name = excluded.name, kind = excluded.kind, "
            "headcount = excluded.headcount, collective_eligible = excluded.collective_eligible, "
            "row_version = units.row_version + 1"));
        for (const Unit& u : units) {
            q.addBindValue(u.code);
            q.addBindValue(u.name);
            q.addBindValue(u.kind);
            q.addBindValue(u.headcount ? QVariant(*u.headcount) : QVariant(QMetaType::fromType<int>()));
            q.addBindValue(u.collectiveEligible ? 1 : 0);
            m_db.execPrepared(q);
        }
    });
}

QJsonObject UnitRepository::toJson(const Unit& u)
{
    return {{QStringLiteral("code"), u.code},
            {QStringLiteral("name"), u.name},
            {QStringLiteral("kind"), u.kind},
            {QStringLiteral("headcount"), u.headcount ? QJsonValue(*u.headcount) : QJsonValue()},
            {QStringLiteral("collective_eligible"), u.collectiveEligible}};
}
