#pragma once

#include "audit/AuditedDataCheck.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class Database;

// What a contest database holds, in a few figures a person can compare ("the backup has
// 1,530 submissions, the current database 1,802").
struct DatabaseSummary
{
    int schemaVersion = 0;
    QString contestCode; // empty when no settings are stored
    int questions = 0;
    qint64 submissions = 0;
    int auditEntries = 0;
    QString lastAuditAt; // RFC 3339, empty without entries
    QString lastAuditUser;

    QString describe() const;
};

struct BackupInspection
{
    DatabaseSummary summary;
    // Locked results snapshots and accounts that its audit log does not vouch for
    // (AuditedDataCheck): restored only when the committee accepts them.
    QList<AuditFinding> unaudited;
};

// Decides whether a file may replace the contest database: a SQLite file that passes
// integrity_check, holds Contest Admin's schema at a version this build knows (an older
// one is upgraded after the restore) and whose audit chain verifies; and finds what in it
// the audit chain does not vouch for.
class BackupInspector
{
    Q_DECLARE_TR_FUNCTIONS(BackupInspector)
public:
    // `copy` is a private copy of the file (opening it may switch it to WAL mode);
    // `shownName` is what messages call it. Throws UserError saying what is wrong.
    static BackupInspection check(const QString& copy, const QString& shownName);
    static DatabaseSummary summarize(Database& db);
};
