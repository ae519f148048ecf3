#include "ServerStore.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <stdexcept>

namespace {
[[noreturn]] void fail(const QString& what, const QSqlError& e)
{
    throw std::runtime_error(QString(what + QStringLiteral(": ") + e.text()).toStdString());
}
} // namespace

ServerStore::ServerStore(const QString& path) : m_connection(QUuid::createUuid().toString())
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    if (!db.open())
        fail(path, db.lastError());
    exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    exec(QStringLiteral("CREATE TABLE IF NOT EXISTS contests ("
                        " code TEXT PRIMARY KEY, title TEXT NOT NULL, opens_at TEXT NOT NULL, "
                        "closes_at TEXT NOT NULL,"
                        " package_version INTEGER NOT NULL, package_json BLOB, package_sha BLOB, "
                        "questions_sha BLOB)"));
    exec(QStringLiteral("CREATE TABLE IF NOT EXISTS submissions ("
                        " seq INTEGER PRIMARY KEY AUTOINCREMENT, contest_code TEXT NOT NULL, "
                        "raw_json BLOB NOT NULL)"));
    exec(QStringLiteral(
        "CREATE INDEX IF NOT EXISTS submissions_contest ON submissions (contest_code, seq)"));
    exec(QStringLiteral(
        "CREATE TABLE IF NOT EXISTS secrets (name TEXT PRIMARY KEY, value BLOB NOT NULL)"));
}

ServerStore::~ServerStore()
{
    QSqlDatabase::database(m_connection, false).close();
    QSqlDatabase::removeDatabase(m_connection);
}

void ServerStore::exec(const QString& sql) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(sql))
        fail(sql, q.lastError());
}

std::optional<ServerStore::Contest> ServerStore::contest(const QString& code) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral(
        "SELECT code, title, opens_at, closes_at, package_version, package_json, package_sha, "
        "questions_sha FROM contests WHERE code = ?"));
    q.addBindValue(code);
    if (!q.exec())
        fail(QStringLiteral("contest"), q.lastError());
    if (!q.next())
        return std::nullopt;
    return Contest{q.value(0).toString(),    q.value(1).toString(),   q.value(2).toString(),
                   q.value(3).toString(),    q.value(4).toInt(),      q.value(5).toByteArray(),
                   q.value(6).toByteArray(), q.value(7).toByteArray()};
}

std::optional<ServerStore::Contest> ServerStore::anyPublished() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(QStringLiteral(
            "SELECT code FROM contests WHERE package_json IS NOT NULL ORDER BY code LIMIT 1")))
        fail(QStringLiteral("contests"), q.lastError());
    return q.next() ? contest(q.value(0).toString()) : std::nullopt;
}

QStringList ServerStore::publishedCodes() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(QStringLiteral(
            "SELECT code FROM contests WHERE package_json IS NOT NULL ORDER BY code")))
        fail(QStringLiteral("contests"), q.lastError());
    QStringList codes;
    while (q.next())
        codes << q.value(0).toString();
    return codes;
}

void ServerStore::saveContest(const Contest& c)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO contests (code, title, opens_at, closes_at, package_version, "
        "package_json, package_sha, questions_sha) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant& v :
         {QVariant(c.code), QVariant(c.title), QVariant(c.opensAt), QVariant(c.closesAt),
          QVariant(c.packageVersion), c.packageJson.isNull() ? QVariant() : QVariant(c.packageJson),
          QVariant(c.packageSha), QVariant(c.questionsSha)})
        q.addBindValue(v);
    if (!q.exec())
        fail(QStringLiteral("save contest"), q.lastError());
}

qint64 ServerStore::submissionCount(const QString& code) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM submissions WHERE contest_code = ?"));
    q.addBindValue(code);
    if (!q.exec() || !q.next())
        fail(QStringLiteral("count"), q.lastError());
    return q.value(0).toLongLong();
}

ServerStore::Page ServerStore::page(const QString& code, qint64 after, int limit) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    // One row more than asked tells whether there is more.
    q.prepare(QStringLiteral("SELECT seq, raw_json FROM submissions WHERE contest_code = ? AND seq "
                             "> ? ORDER BY seq LIMIT ?"));
    q.addBindValue(code);
    q.addBindValue(after);
    q.addBindValue(limit + 1);
    if (!q.exec())
        fail(QStringLiteral("page"), q.lastError());
    Page p;
    p.lastSeq = after;
    p.itemsJson.reserve(limit * 1200);
    p.itemsJson += '[';
    while (q.next()) {
        if (p.count == limit) {
            p.hasMore = true;
            break;
        }
        if (p.count > 0)
            p.itemsJson += ',';
        p.itemsJson += q.value(1).toByteArray();
        p.lastSeq = q.value(0).toLongLong();
        ++p.count;
    }
    p.itemsJson += ']';
    return p;
}

void ServerStore::append(const QString& code, const QList<QByteArray>& rawItems)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (!db.transaction())
        fail(QStringLiteral("begin"), db.lastError());
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO submissions (contest_code, raw_json) VALUES (?, ?)"));
    for (const QByteArray& raw : rawItems) {
        q.bindValue(0, code);
        q.bindValue(1, raw);
        if (!q.exec())
            fail(QStringLiteral("append"), q.lastError());
    }
    if (!db.commit())
        fail(QStringLiteral("commit"), db.lastError());
}

QByteArray ServerStore::packageSha(const QString& code) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT package_sha FROM contests WHERE code = ?"));
    q.addBindValue(code);
    if (!q.exec())
        fail(QStringLiteral("package_sha"), q.lastError());
    return q.next() ? q.value(0).toByteArray() : QByteArray();
}

QByteArray ServerStore::secret(const QString& name)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT value FROM secrets WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec())
        fail(QStringLiteral("secret"), q.lastError());
    if (q.next())
        return q.value(0).toByteArray();
    QByteArray value(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(value.data()),
                                          value.size() / int(sizeof(quint32)));
    QSqlQuery insert(QSqlDatabase::database(m_connection));
    // OR IGNORE, then read back: a second process starting at once keeps the first's.
    insert.prepare(QStringLiteral("INSERT OR IGNORE INTO secrets (name, value) VALUES (?, ?)"));
    insert.addBindValue(name);
    insert.addBindValue(value);
    if (!insert.exec())
        fail(QStringLiteral("secret"), insert.lastError());
    return secret(name);
}
