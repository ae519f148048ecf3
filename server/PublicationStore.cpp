#include "PublicationStore.h"
#include "ServerStore.h"

#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

PublicationStore::PublicationStore(Database& db) : m_db(db)
{
    ServerStore::createTables(
        m_db, {QStringLiteral("CREATE TABLE IF NOT EXISTS published_results ("
                              " contest_code TEXT PRIMARY KEY, json {{BLOB}} NOT NULL)"),
               QStringLiteral("CREATE TABLE IF NOT EXISTS published_certificates ("
                              " code TEXT PRIMARY KEY, contest_code TEXT NOT NULL,"
                              " revoked INTEGER NOT NULL, json {{BLOB}} NOT NULL)")});
}

void PublicationStore::saveResults(const QString& contestCode, const QJsonObject& results)
{
    m_db.exec(QStringLiteral("INSERT INTO published_results (contest_code, json) VALUES (?, ?)"
                             " ON CONFLICT (contest_code) DO UPDATE SET json = excluded.json"),
              {contestCode, QJsonDocument(results).toJson(QJsonDocument::Compact)});
}

std::optional<QJsonObject> PublicationStore::results(const QString& contestCode) const
{
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT json FROM published_results WHERE contest_code = ?"), {contestCode});
    if (!q.next())
        return std::nullopt;
    return QJsonDocument::fromJson(q.value(0).toByteArray()).object();
}

void PublicationStore::saveCertificates(const QString& contestCode, const QJsonObject& reg)
{
    StoreTransaction t(m_db);
    m_db.exec(QStringLiteral("DELETE FROM published_certificates WHERE contest_code = ?"),
              {contestCode});
    const QString insert = QStringLiteral(
        "INSERT INTO published_certificates (code, contest_code, revoked, json)"
        " VALUES (?, ?, ?, ?) ON CONFLICT (code) DO UPDATE SET"
        " contest_code = excluded.contest_code, revoked = excluded.revoked, json = excluded.json");
    for (const QJsonValue& v : reg.value(QLatin1String("certificates")).toArray())
        m_db.exec(insert, {v.toObject().value(QLatin1String("code")).toString(), contestCode, 0,
                           QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)});
    // Revoked last: a code both listed and revoked is revoked.
    for (const QJsonValue& v : reg.value(QLatin1String("revoked")).toArray())
        m_db.exec(insert, {v.toString(), contestCode, 1, QByteArray("{}")});
    t.commit();
}

std::optional<PublicationStore::Lookup> PublicationStore::certificate(const QString& code) const
{
    QSqlQuery q = m_db.exec(
        QStringLiteral(
            "SELECT revoked, json, contest_code FROM published_certificates WHERE code = ?"),
        {code});
    if (!q.next())
        return std::nullopt;
    return Lookup{q.value(0).toInt() != 0,
                  QJsonDocument::fromJson(q.value(1).toByteArray()).object(),
                  q.value(2).toString()};
}
