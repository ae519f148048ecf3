#include "ServerStore.h"

#include "storage/Database.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <stdexcept>

StoreTransaction::StoreTransaction(Database& db) : m_db(db)
{
    QSqlDatabase c = m_db.connection();
    if (!c.transaction())
        m_db.fail(QStringLiteral("begin"), c.lastError());
}

StoreTransaction::~StoreTransaction()
{
    if (!m_done)
        m_db.connection().rollback();
}

void StoreTransaction::commit()
{
    QSqlDatabase c = m_db.connection();
    if (!c.commit())
        m_db.fail(QStringLiteral("commit"), c.lastError());
    m_done = true;
}

void ServerStore::createTables(Database& db, const QStringList& statements)
{
    for (int pass = 1;; ++pass) {
        try {
            StoreTransaction t(db);
            for (const QString& sql : statements)
                db.exec(sql);
            t.commit();
            return;
        } catch (const std::exception&) {
            if (pass == 3)
                throw;
        }
    }
}

void ServerStore::appendInTransaction(Database& db, const QString& code, const QByteArray& raw)
{
    db.exec(db.dialect().serializeWritersStatement(QStringLiteral("submissions")));
    db.exec(QStringLiteral("INSERT INTO submissions (contest_code, raw_json) VALUES (?, ?)"),
            {code, raw});
}

ServerStore::ServerStore(const QString& location) : m_db(Database::open(location))
{
    createTables(
        *m_db,
        {QStringLiteral("CREATE TABLE IF NOT EXISTS contests ("
                        " code TEXT PRIMARY KEY, title TEXT NOT NULL, opens_at TEXT NOT NULL,"
                        " closes_at TEXT NOT NULL, package_version INTEGER NOT NULL,"
                        " package_json {{BLOB}}, package_sha {{BLOB}}, questions_sha {{BLOB}})"),
         QStringLiteral("CREATE TABLE IF NOT EXISTS submissions ("
                        " seq {{ID}}, contest_code TEXT NOT NULL, raw_json {{BLOB}} NOT NULL)"),
         QStringLiteral(
             "CREATE INDEX IF NOT EXISTS submissions_contest ON submissions (contest_code, seq)"),
         QStringLiteral("CREATE TABLE IF NOT EXISTS secrets ("
                        " name TEXT PRIMARY KEY, value {{BLOB}} NOT NULL)")});
}

ServerStore::~ServerStore() = default;

std::optional<ServerStore::Contest> ServerStore::contest(const QString& code) const
{
    QSqlQuery q = m_db->exec(
        QStringLiteral(
            "SELECT code, title, opens_at, closes_at, package_version, package_json, package_sha, "
            "questions_sha FROM contests WHERE code = ?"),
        {code});
    if (!q.next())
        return std::nullopt;
    return Contest{q.value(0).toString(),    q.value(1).toString(),   q.value(2).toString(),
                   q.value(3).toString(),    q.value(4).toInt(),      q.value(5).toByteArray(),
                   q.value(6).toByteArray(), q.value(7).toByteArray()};
}

std::optional<ServerStore::Contest> ServerStore::anyPublished() const
{
    const QStringList codes = publishedCodes();
    return codes.isEmpty() ? std::nullopt : contest(codes.first());
}

QStringList ServerStore::publishedCodes() const
{
    QSqlQuery q = m_db->exec(QStringLiteral("SELECT code FROM contests WHERE package_json IS NOT "
                                            "NULL ORDER BY code COLLATE {{TEXT_ORDER}}"));
    QStringList codes;
    while (q.next())
        codes << q.value(0).toString();
    return codes;
}

void ServerStore::saveContest(const Contest& c)
{
    m_db->exec(
        QStringLiteral(
            "INSERT INTO contests (code, title, opens_at, closes_at, package_version,"
            " package_json, package_sha, questions_sha) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (code) DO UPDATE SET title = excluded.title,"
            " opens_at = excluded.opens_at, closes_at = excluded.closes_at,"
            " package_version = excluded.package_version, package_json = excluded.package_json,"
            " package_sha = excluded.package_sha, questions_sha = excluded.questions_sha"),
        {c.code, c.title, c.opensAt, c.closesAt, c.packageVersion,
         c.packageJson.isNull() ? QVariant(QMetaType::fromType<QByteArray>())
                                : QVariant(c.packageJson),
         c.packageSha, c.questionsSha});
    ++m_contestWrites;
}

qint64 ServerStore::submissionCount(const QString& code) const
{
    QSqlQuery q = m_db->exec(
        QStringLiteral("SELECT COUNT(*) FROM submissions WHERE contest_code = ?"), {code});
    return q.next() ? q.value(0).toLongLong() : 0;
}

ServerStore::Page ServerStore::page(const QString& code, qint64 after, int limit) const
{
    // One row more than asked tells whether there is more.
    QSqlQuery q = m_db->exec(QStringLiteral("SELECT seq, raw_json FROM submissions"
                                            " WHERE contest_code = ? AND seq > ? ORDER BY seq"
                                            " LIMIT ?"),
                             {code, after, limit + 1});
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
    StoreTransaction t(*m_db);
    for (const QByteArray& raw : rawItems)
        appendInTransaction(*m_db, code, raw);
    t.commit();
}

QByteArray ServerStore::packageSha(const QString& code) const
{
    QSqlQuery q =
        m_db->exec(QStringLiteral("SELECT package_sha FROM contests WHERE code = ?"), {code});
    return q.next() ? q.value(0).toByteArray() : QByteArray();
}

QByteArray ServerStore::secret(const QString& name)
{
    {
        QSqlQuery q =
            m_db->exec(QStringLiteral("SELECT value FROM secrets WHERE name = ?"), {name});
        if (q.next())
            return q.value(0).toByteArray();
    }
    QByteArray value(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(value.data()),
                                          value.size() / int(sizeof(quint32)));
    // DO NOTHING, then read back: a second process starting at once keeps the first's, so
    // every process of one contest signs CSRF tokens and fingerprints with the same key.
    m_db->exec(QStringLiteral(
                   "INSERT INTO secrets (name, value) VALUES (?, ?) ON CONFLICT (name) DO NOTHING"),
               {name, value});
    return secret(name);
}
