#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class Database;

// "Back up before each sync": when a folder is set, every sync (the app's and contestctl's)
// first writes a timestamped backup there and keeps only the newest `keep`. The setting is
// stored in the database itself (app_meta), so a scheduled contestctl run and the app obey
// the same one. A failed backup stops the sync: the point is never to sync without one.
class BackupBeforeSync
{
    Q_DECLARE_TR_FUNCTIONS(BackupBeforeSync)
public:
    struct Policy
    {
        QString folder; // empty: off
        int keep = 10;
        bool enabled() const { return !folder.isEmpty(); }
    };
    static constexpr int maxKeep = 1000;

    explicit BackupBeforeSync(Database& db) : m_db(db) {}

    Policy policy() const;
    // Throws UserError for a folder that does not exist, keep outside 1..maxKeep, or a
    // PostgreSQL database (backed up with pg_dump on the server).
    void setPolicy(const Policy& policy);

    // Writes the backup if the policy is on; returns its path (empty when off). Throws
    // EnvironmentError when it cannot be written.
    QString run();

    // The backups of this database in `folder`, oldest first.
    QStringList existing(const QString& folder) const;
    QString filePrefix() const;

private:
    void prune(const QString& folder, int keep) const;
    Database& m_db;
};
