#include "ExclusionRepository.h"

#include "audit/AuditLog.h"
#include "storage/Database.h"

#include <QJsonObject>

#include <QDateTime>

QList<Exclusion> ExclusionRepository::list() const
{
    QList<Exclusion> list;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT type, value, reason FROM exclusions ORDER BY type, value"));
    while (q.next())
        list << Exclusion{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
    return list;
}

int ExclusionRepository::count() const
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT count(*) FROM exclusions"));
    return q.next() ? q.value(0).toInt() : 0;
}

void ExclusionRepository::upsert(const QList<Exclusion>& exclusions)
{
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    m_db.transaction([&] {
        QSqlQuery q = m_db.prepare(QStringLiteral(
            "INSERT INTO exclusions (type, value, reason, created_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (type, value) DO UPDATE SET reason = excluded.reason"));
        for (const Exclusion& e : exclusions) {
            q.addBindValue(e.type);
            q.addBindValue(e.value);
            q.addBindValue(e.reason);
            q.addBindValue(now);
            m_db.execPrepared(q);
        }
    });
}

void ExclusionRepository::remove(const QString& type, const QString& value)
{
    m_db.transaction([&] {
        const QJsonArray before = toJson(list());
        m_db.exec(QStringLiteral("DELETE FROM exclusions WHERE type = ? AND value = ?"), {type, value});
        AuditLog(m_db).append(QStringLiteral("exclusions.remove"), type + QLatin1Char(':') + value, before,
                              toJson(list()));
    });
}

QJsonArray ExclusionRepository::toJson(const QList<Exclusion>& list)
{
    QJsonArray array;
    for (const Exclusion& e : list) {
        array.append(QJsonObject{{QStringLiteral("type"), e.type},
                                 {QStringLiteral("value"), e.value},
                                 {QStringLiteral("reason"), e.reason}});
    }
    return array;
}
