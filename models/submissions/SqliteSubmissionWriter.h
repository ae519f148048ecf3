#pragma once

#include "SubmissionStore.h"

#include <QCoreApplication>

#include <memory>

class Database;
class WalCheckpointThread;
struct sqlite3;
struct sqlite3_stmt;

// SubmissionStore::store() on SQLite's own API, for the sync's hot path: three statements
// prepared once and reused for every page, values bound without QVariant. Same decisions
// and the same rows as SubmissionStore::store() (which stays the path for other engines).
// Qt's QSQLITE plugin links the system libsqlite3, so its connection handle is usable here.
//
// While it exists, the connection is set up for a long run of writes: a page cache of
// 64 MiB instead of 2 (the indexes on random keys, id and contestant, are read all over),
// and the log copied into the database by a WalCheckpointThread. Both are put back after.
class SqliteSubmissionWriter
{
    Q_DECLARE_TR_FUNCTIONS(SqliteSubmissionWriter)
public:
    // Null when `db` is not a SQLite connection this code can drive.
    static std::unique_ptr<SqliteSubmissionWriter> open(Database& db);
    ~SqliteSubmissionWriter();
    SqliteSubmissionWriter(const SqliteSubmissionWriter&) = delete;
    SqliteSubmissionWriter& operator=(const SqliteSubmissionWriter&) = delete;

    // In the caller's transaction (Database::transaction).
    StoreSummary store(const QList<SubmissionRecord>& records, const QString& source);

private:
    SqliteSubmissionWriter(Database& db, sqlite3* handle);
    sqlite3_stmt* prepare(const char* sql);
    int pragmaValue(const char* name);
    // What every row of a batch shares, also as UTF-8 for an encoded row.
    struct PerBatch
    {
        const QString& source;
        const QString& now;
        QByteArray source8;
        QByteArray now8;
    };
    // False when the id is stored already (nothing written).
    bool insert(const SubmissionRecord& r, const QString& id, const QString& hash,
                const PerBatch& batch);
    void step(sqlite3_stmt* statement, int expected);
    [[noreturn]] void fail(int code);

    Database& m_db;
    sqlite3* m_handle;
    sqlite3_stmt* m_find = nullptr;
    sqlite3_stmt* m_insert = nullptr;
    sqlite3_stmt* m_conflict = nullptr;
    int m_savedCacheSize = 0;
    int m_savedAutoCheckpoint = 0;
    std::unique_ptr<WalCheckpointThread> m_checkpoints;
};
