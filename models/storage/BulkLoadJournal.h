#pragma once

class Database;

// For one transaction that writes more than the database holds (a million-line import),
// a SQLite file database in WAL mode writes everything twice: into the log, then from the
// log into the database when the transaction commits. A rollback journal writes new pages
// once, straight into the file, keeping only the few old pages it changes; the import of a
// million submissions spent about a third less time in SQLite that way.
//
// The switch needs the database to itself: when another connection has it open (the
// desktop app, a second contestctl) SQLite refuses at once and the load keeps WAL, as
// before. Going back to WAL happens when the object is destroyed, and in any case on the
// next open (every session asks for WAL). If the process dies in the middle, SQLite rolls
// the journal back on the next open, so the load stays all or nothing.
class BulkLoadJournal
{
public:
    // Outside any transaction; does nothing but on a SQLite file database in WAL mode.
    explicit BulkLoadJournal(Database& db);
    ~BulkLoadJournal();
    BulkLoadJournal(const BulkLoadJournal&) = delete;
    BulkLoadJournal& operator=(const BulkLoadJournal&) = delete;

    bool active() const { return m_active; }

private:
    Database& m_db;
    bool m_active = false;
};
