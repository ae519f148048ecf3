#include "AttemptStore.h"

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

QByteArray compact(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// Rolls back unless committed: every early return leaves the file as it was.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase& db) : m_db(db)
    {
        if (!m_db.transaction())
            fail(QStringLiteral("begin"), m_db.lastError());
    }
    ~Transaction()
    {
        if (!m_done)
            m_db.rollback();
    }
    void commit()
    {
        if (!m_db.commit())
            fail(QStringLiteral("commit"), m_db.lastError());
        m_done = true;
    }

private:
    QSqlDatabase& m_db;
    bool m_done = false;
};
} // namespace

AttemptStore::AttemptStore(const QString& connectionName) : m_connection(connectionName)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(QStringLiteral(
            "CREATE TABLE IF NOT EXISTS attempts ("
            " id TEXT PRIMARY KEY, contest_code TEXT NOT NULL, identity TEXT NOT NULL,"
            " slot INTEGER NOT NULL, secret_sha BLOB NOT NULL, client TEXT NOT NULL,"
            " contestant_json BLOB NOT NULL, questions_json BLOB NOT NULL,"
            " answers_json BLOB NOT NULL, prediction INTEGER, started_ms INTEGER NOT NULL,"
            " started_at TEXT NOT NULL, response_json BLOB,"
            " UNIQUE (contest_code, identity, slot))")))
        fail(QStringLiteral("attempts"), q.lastError());
}

int AttemptStore::attemptsOf(const QString& contestCode, const QString& identity) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(
        QStringLiteral("SELECT COUNT(*) FROM attempts WHERE contest_code = ? AND identity = ?"));
    q.addBindValue(contestCode);
    q.addBindValue(identity);
    if (!q.exec() || !q.next())
        fail(QStringLiteral("count attempts"), q.lastError());
    return q.value(0).toInt();
}

bool AttemptStore::start(const Attempt& a, int attemptsMax)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    Transaction t(db);
    const int used = attemptsOf(a.contestCode, a.identity);
    if (attemptsMax > 0 && used >= attemptsMax)
        return false;
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO attempts (id, contest_code, identity, slot, secret_sha, client,"
        " contestant_json, questions_json, answers_json, prediction, started_ms, started_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)"));
    for (const QVariant& v :
         {QVariant(a.id), QVariant(a.contestCode), QVariant(a.identity), QVariant(used + 1),
          QVariant(a.secretSha), QVariant(a.client), QVariant(compact(a.contestant)),
          QVariant(QJsonDocument(QJsonArray::fromStringList(a.questions))
                       .toJson(QJsonDocument::Compact)),
          QVariant(QByteArray("{}")), QVariant(a.startedMs), QVariant(a.startedAt)})
        q.addBindValue(v);
    if (!q.exec()) {
        // Another writer (a second process on the same data) took this slot first.
        if (attemptsMax > 0 && (q.lastError().nativeErrorCode() == QLatin1String("2067") ||
                                q.lastError().nativeErrorCode() == QLatin1String("19")))
            return false;
        fail(QStringLiteral("start attempt"), q.lastError());
    }
    t.commit();
    return true;
}

std::optional<AttemptStore::Attempt> AttemptStore::find(const QString& id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral(
        "SELECT id, contest_code, identity, secret_sha, client, contestant_json, questions_json,"
        " answers_json, prediction, started_ms, started_at, response_json FROM attempts"
        " WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        fail(QStringLiteral("find attempt"), q.lastError());
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
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("UPDATE attempts SET answers_json = ?, prediction = ?"
                             " WHERE id = ? AND response_json IS NULL"));
    q.addBindValue(compact(answers));
    q.addBindValue(prediction ? QVariant(*prediction) : QVariant());
    q.addBindValue(id);
    if (!q.exec())
        fail(QStringLiteral("save answers"), q.lastError());
    return q.numRowsAffected() == 1;
}

bool AttemptStore::submit(const Attempt& a, const QByteArray& response,
                          const QByteArray& submission)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    Transaction t(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE attempts SET answers_json = ?, prediction = ?,"
                             " response_json = ? WHERE id = ? AND response_json IS NULL"));
    q.addBindValue(compact(a.answers));
    q.addBindValue(a.prediction ? QVariant(*a.prediction) : QVariant());
    q.addBindValue(response);
    q.addBindValue(a.id);
    if (!q.exec())
        fail(QStringLiteral("submit"), q.lastError());
    if (q.numRowsAffected() != 1)
        return false;
    QSqlQuery insert(db);
    insert.prepare(
        QStringLiteral("INSERT INTO submissions (contest_code, raw_json) VALUES (?, ?)"));
    insert.addBindValue(a.contestCode);
    insert.addBindValue(submission);
    if (!insert.exec())
        fail(QStringLiteral("append submission"), insert.lastError());
    t.commit();
    return true;
}
