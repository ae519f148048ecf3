#pragma once

#include <QString>

class Database;

// The sync_state table (schema version 6): how far each server's submissions of a
// contest have been read. save() is meant to run in the transaction that stores the
// page the cursor ends, so the two are never apart.
class SyncState
{
public:
    explicit SyncState(Database& db) : m_db(db) {}

    QString cursor(const QString& serverUrl,
                   const QString& contestCode) const; // empty: from the start
    void save(const QString& serverUrl, const QString& contestCode, const QString& cursor,
              qint64 items);
    // The compare-and-swap that makes a page's transaction safe against another sync:
    // true when the stored cursor is still `expected` (no row counts as ""), and then the
    // row is locked until the transaction ends. Portable SQL; meant as the transaction's
    // first statement, a write, so that SQLite takes its write lock before reading.
    bool claim(const QString& serverUrl, const QString& contestCode, const QString& expected);
    void forget(const QString& serverUrl, const QString& contestCode);

private:
    Database& m_db;
};
