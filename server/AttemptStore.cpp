#include "AttemptStore.h"
#include "ServerStore.h"

#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <stdexcept>

namespace {
QByteArray compact(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QVariant predictionValue(std::optional<qint64> prediction)
{
    return prediction ? QVariant(*prediction) : QVariant(QMetaType::fromType<qint64>());
}
} // namespace

AttemptStore::AttemptStore(Database& db) : m_db(db)
{
    ServerStore::createTables(
        m_db,
        {QStringLiteral(
            "CREATE TABLE IF NOT EXISTS attempts ("
            " id TEXT PRIMARY KEY, contest_code TEXT NOT NULL, identity TEXT NOT NULL,"
            " slot INTEGER NOT NULL, secret_sha {{BLOB}} NOT NULL, client TEXT NOT NULL,"
            " contestant_json {{BLOB}} NOT NULL, questions_json {{BLOB}} NOT NULL,"
            " answers_json {{BLOB}} NOT NULL, prediction {{INT64}}, started_ms {{INT64}} NOT NULL,"
            " started_at TEXT NOT NULL, response_json {{BLOB}},"
            " UNIQUE (contest_code, identity, slot))")});
}

int AttemptStore::attemptsOf(const QString& contestCode, const QString& identity) const
{
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT COUNT(*) FROM attempts WHERE contest_code = ? AND identity = ?"),
        {contestCode, identity});
    return q.next() ? q.value(0).toInt() : 0;
}

bool AttemptStore::start(const Attempt& a, int attemptsMax)
{
    // A slot another writer took between our count and our insert: count again. Each
    // retry follows someone else's committed attempt, so this ends by the limit at most.
    for (int tries = 0; tries < 64; ++tries) {
        switch (tryStart(a, attemptsMax)) {
        case Start::Stored:
            return true;
        case Start::LimitReached:
            return false;
        case Start::SlotTaken:
            break;
        }
    }
    throw std::runtime_error("start attempt: the identity's slots kept being taken");
}

AttemptStore::Start AttemptStore::tryStart(const Attempt& a, int attemptsMax)
{
    // No transaction: the UNIQUE slot refuses a second insert of the slot counted here,
    // and each statement on its own saves two round trips to a database server.
    const int used = attemptsOf(a.contestCode, a.identity);
    if (attemptsMax > 0 && used >= attemptsMax)
        return Start::LimitReached;
    QSqlQuery q(m_db.connection());
    const bool inserted = m_db.tryExec(
        q,
        QStringLiteral(
            "INSERT INTO attempts (id, contest_code, identity, slot, secret_sha, client,"
            " contestant_json, questions_json, answers_json, prediction, started_ms, started_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)"),
        {QVariant(a.id), QVariant(a.contestCode), QVariant(a.identity), QVariant(used + 1),
         QVariant(a.secretSha), QVariant(a.client), QVariant(compact(a.contestant)),
         QVariant(
             QJsonDocument(QJsonArray::fromStringList(a.questions)).toJson(QJsonDocument::Compact)),
         QVariant(QByteArray("{}")), QVariant(a.startedMs), QVariant(a.startedAt)});
    if (!inserted) {
        // Another writer (another tab, another server process) took this slot first; on
        // PostgreSQL the insert waited for its commit.
        if (m_db.dialect().isUniqueViolation(q.lastError().nativeErrorCode()))
            return Start::SlotTaken;
        m_db.fail(QStringLiteral("start attempt"), q.lastError());
    }
    return Start::Stored;
}

std::optional<AttemptStore::Attempt> AttemptStore::find(const QString& id) const
{
    QSqlQuery q = m_db.exec(
        QStringLiteral(
            "SELECT id, contest_code, identity, secret_sha, client, contestant_json, "
            "questions_json,"
            " answers_json, prediction, started_ms, started_at, response_json FROM attempts"
            " WHERE id = ?"),
        {id});
    if (!q.next())
        return std::nullopt;
    Attempt a;
    a.id = q.value(0).toString();
    a.contestCode = q.value(1).toString();
    a.identity = q.value(2).toString();
    a.secretSha = q.value(3).toByteArray();
    a.client = q.value(4).toString();
    a.contestant = QJsonDocument::fromJson(q.value(5).toByteArray()).object();
    for (const QJsonValue& v : QJsonDocument::fromJson(q.value(6).toByteArray()).array())
        a.questions << v.toString();
    a.answers = QJsonDocument::fromJson(q.value(7).toByteArray()).object();
    if (!q.value(8).isNull())
        a.prediction = q.value(8).toLongLong();
    a.startedMs = q.value(9).toLongLong();
    a.startedAt = q.value(10).toString();
    a.response = q.value(11).toByteArray();
    return a;
}

bool AttemptStore::saveAnswers(const QString& id, const QJsonObject& answers,
                               std::optional<qint64> prediction)
{
    QSqlQuery q = m_db.exec(QStringLiteral("UPDATE attempts SET answers_json = ?, prediction = ?"
                                           " WHERE id = ? AND response_json IS NULL"),
                            {compact(answers), predictionValue(prediction), id});
    return q.numRowsAffected() == 1;
}

bool AttemptStore::submit(const Attempt& a, const QByteArray& response,
                          const QByteArray& submission)
{
    StoreTransaction t(m_db);
    QSqlQuery q =
        m_db.exec(QStringLiteral("UPDATE attempts SET answers_json = ?, prediction = ?,"
                                 " response_json = ? WHERE id = ? AND response_json IS NULL"),
                  {compact(a.answers), predictionValue(a.prediction), response, a.id});
    if (q.numRowsAffected() != 1)
        return false;
    ServerStore::appendInTransaction(m_db, a.contestCode, submission);
    t.commit();
    return true;
}
