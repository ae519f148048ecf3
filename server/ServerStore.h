#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class Database;

// The server's data: contests with their published package, and submissions in order of
// arrival (the arrival number, seq, is the cursor). In a SQLite file (one process) or in
// a PostgreSQL database that several contest-server processes share: the SQL is written
// once, and what differs between the engines is models/storage/SqlDialect's.
class ServerStore
{
public:
    struct Contest
    {
        QString code;
        QString title;
        QString opensAt;
        QString closesAt;
        int packageVersion = 0;
        QByteArray packageJson; // empty: never published
        QByteArray packageSha;
        QByteArray questionsSha;
    };
    struct Page
    {
        QByteArray itemsJson; // "[...]" built from the stored raw items
        qint64 lastSeq = 0;
        int count = 0;
        bool hasMore = false;
    };

    // A file path or a postgresql:// URL; throws std::runtime_error.
    explicit ServerStore(const QString& location);
    ~ServerStore();

    std::optional<Contest> contest(const QString& code) const;
    std::optional<Contest> anyPublished() const;
    QStringList publishedCodes() const;
    void saveContest(const Contest& c);
    // How many times this process saved a contest: caches of packages compare it.
    quint64 contestWrites() const { return m_contestWrites; }
    qint64 submissionCount(const QString& code) const;
    Page page(const QString& code, qint64 after, int limit) const;
    // Appends in arrival order, in one transaction.
    void append(const QString& code, const QList<QByteArray>& rawItems);
    // The fingerprint of the published package alone (cheap: tells a cache it is stale).
    QByteArray packageSha(const QString& code) const;
    // A random secret kept in the data file, made on first use: the same after a restart,
    // never sent anywhere (the client fingerprint's and the CSRF tokens' HMAC key).
    QByteArray secret(const QString& name);
    Database& database() const { return *m_db; }

    // Creates what `statements` create unless it exists. Two processes starting at once on
    // one PostgreSQL database may both find a table missing; the later CREATE then fails
    // on the catalog's unique index, and a second pass sees the table.
    static void createTables(Database& db, const QStringList& statements);
    // Appends one submission inside the caller's transaction, after every other writer's:
    // the arrival numbers then become visible in their order, so a client that paged up
    // to seq N never misses a row below N committed later (several processes insert).
    static void appendInTransaction(Database& db, const QString& code, const QByteArray& raw);

private:
    std::unique_ptr<Database> m_db;
    quint64 m_contestWrites = 0;
};

// Rolls back unless committed: every early return or exception leaves the data as it was.
// (Not Database::transaction: that also notifies the suite's other connections, which
// the server has none of, and takes a lambda where the callers here return early.)
class StoreTransaction
{
public:
    explicit StoreTransaction(Database& db);
    ~StoreTransaction();
    void commit();

private:
    Database& m_db;
    bool m_done = false;
};
