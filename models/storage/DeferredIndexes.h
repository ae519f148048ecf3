#pragma once

#include <QStringList>

class Database;

// A bulk load that more than doubles a table is faster with its secondary indexes built
// once at the end (SQLite sorts the keys, writing each index page once) than kept up to
// date row by row: every row then lands at a random place in each index, and once those
// indexes outgrow the page cache the same pages are written to the log again and again.
// At a million submissions that was most of the import's time.
//
// Only on SQLite, and only inside the caller's transaction: the indexes are dropped and
// created again in it, so a failed load rolls both back and no one ever sees the table
// without them. Elsewhere (PostgreSQL) it does nothing.
class DeferredIndexes
{
public:
    DeferredIndexes(Database& db, const QString& table);
    // Creates the dropped indexes again; call it before the transaction commits.
    void restore();
    int count() const { return int(m_definitions.size()); }

private:
    Database& m_db;
    QStringList m_definitions; // CREATE INDEX statements, as the schema holds them
};
