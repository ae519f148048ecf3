#include "PublicationStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <stdexcept>

namespace {
[[noreturn]] void fail(const QString& what, const QSqlError& e)
{
    throw std::runtime_error(QString(what + QStringLiteral(": ") + e.text()).toStdString());
}

QSqlQuery run(const QString& connection, const QString& sql, const QVariantList& values)
{
    QSqlQuery q(QSqlDatabase::database(connection));
    q.prepare(sql);
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec())
        fail(sql, q.lastError());
    return q;
}
} // namespace

PublicationStore::PublicationStore(const QString& connectionName) : m_connection(connectionName)
{
    run(m_connection,
        QStringLiteral("CREATE TABLE IF NOT EXISTS published_results ("
                       " contest_code TEXT PRIMARY KEY, json BLOB NOT NULL)"),
        {});
    run(m_connection,
        QStringLiteral("CREATE TABLE IF NOT EXISTS published_certificates ("
                       " code TEXT PRIMARY KEY, contest_code TEXT NOT NULL,"
                       " revoked INTEGER NOT NULL, json BLOB NOT NULL)"),
        {});
}

void PublicationStore::saveResults(const QString& contestCode, const QJsonObject& results)
{
    run(m_connection,
        QStringLiteral(
            "INSERT OR REPLACE INTO published_results (contest_code, json) VALUES (?, ?)"),
        {contestCode, QJsonDocument(results).toJson(QJsonDocument::Compact)});
}

std::optional<QJsonObject> PublicationStore::results(const QString& contestCode) const
{
    QSqlQuery q = run(m_connection,
                      QStringLiteral("SELECT json FROM published_results WHERE contest_code = ?"),
                      {contestCode});
    if (!q.next())
        return std::nullopt;
    return QJsonDocument::fromJson(q.value(0).toByteArray()).object();
}

void PublicationStore::saveCertificates(const QString& contestCode, const QJsonObject& reg)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (!db.transaction())
        fail(QStringLiteral("begin"), db.lastError());
    try {
        run(m_connection,
            QStringLiteral("DELETE FROM published_certificates WHERE contest_code = ?"),
            {contestCode});
        const QString insert = QStringLiteral(
            "INSERT OR REPLACE INTO published_certificates (code, contest_code, revoked, json)"
            " VALUES (?, ?, ?, ?)");
        for (const QJsonValue& v : reg.value(QLatin1String("certificates")).toArray())
            run(m_connection, insert,
                {v.toObject().value(QLatin1String("code")).toString(), contestCode, 0,
                 QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)});
        // Revoked last: a code both listed and revoked is revoked.
        for (const QJsonValue& v : reg.value(QLatin1String("revoked")).toArray())
            run(m_connection, insert, {v.toString(), contestCode, 1, QByteArray("{}")});
    } catch (...) {
        db.rollback();
        throw;
    }
    if (!db.commit())
        fail(QStringLiteral("commit"), db.lastError());
}

std::optional<PublicationStore::Lookup> PublicationStore::certificate(const QString& code) const
{
    QSqlQuery q =
        run(m_connection,
            QStringLiteral(
                "SELECT revoked, json, contest_code FROM published_certificates WHERE code = ?"),
            {code});
    if (!q.next())
        return std::nullopt;
    return Lookup{q.value(0).toInt() != 0,
                  QJsonDocument::fromJson(q.value(1).toByteArray()).object(),
                  q.value(2).toString()};
}
