#pragma once

#include <QCoreApplication>
#include <QString>

class Database;

// An online backup of a SQLite contest database: one consistent snapshot taken while the
// app or a sync may be writing (SQLite's VACUUM INTO reads inside one read transaction, and
// WAL lets writers go on meanwhile). The copy is written beside the target under a
// temporary name and renamed at the end, so a crash never leaves a half backup under the
// final name.
class SqliteBackup
{
    Q_DECLARE_TR_FUNCTIONS(SqliteBackup)
public:
    // Writes `db` to `target`, which must not exist. Throws UserError (target exists, a
    // PostgreSQL database, inside a transaction) or EnvironmentError (disk full, folder
    // missing). Returns the size written in bytes.
    static qint64 write(Database& db, const QString& target);

    // The files SQLite keeps beside a database in WAL mode.
    static QStringList companionFiles(const QString& path);
    static void removeWithCompanions(const QString& path);
};
