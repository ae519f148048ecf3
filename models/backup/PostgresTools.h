#pragma once

#include <QString>

// A PostgreSQL database is backed up on the server side with pg_dump and restored with
// pg_restore: these build the exact commands to print, without the password (pg_dump
// reads it from PGPASSWORD or ~/.pgpass rather than from a command line others can see).
namespace PostgresTools {
bool isPostgresLocation(const QString& location);
QString withoutPassword(const QString& url);
QString dumpCommand(const QString& url, const QString& outFile);
// Restores into DBNAME_restored, a new empty database to create first (never over the one in use).
QString restoreCommand(const QString& url, const QString& dumpFile);
// The check to run on the restored database before using it: pg_restore cannot compare the
// locked results and accounts with the audit log, `contestctl audit verify` does.
QString verifyCommand(const QString& url);
} // namespace PostgresTools
