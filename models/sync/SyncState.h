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
    void forget(const QString& serverUrl, const QString& contestCode);

private:
    Database& m_db;
};
