#pragma once

#include "BackupInspector.h"
#include "core/Problem.h"

#include <QCoreApplication>
#include <QString>

// A backup whose locked results or accounts its own audit log does not vouch for: a
// snapshot changed after it was locked, an account the log never created or whose role it
// never gave. Nothing was restored; the caller may ask the committee and repeat with
// `acceptUnaudited`.
class UnauditedBackupError : public UserError
{
public:
    UnauditedBackupError(const QString& message, QList<AuditFinding> findings)
        : UserError(message), m_findings(std::move(findings))
    {
    }
    const QList<AuditFinding>& findings() const { return m_findings; }

private:
    QList<AuditFinding> m_findings;
};

// Replaces a SQLite contest database by a backup, checking first and replacing last:
//  1. the backup is copied beside the database (same folder, so the final rename is atomic)
//     and the copy is checked (BackupInspector); a bad file is refused and nothing changes;
//  2. a backup with snapshots or accounts its audit log does not vouch for is refused
//     (UnauditedBackupError, naming each) unless `acceptUnaudited`;
//  3. an existing database is replaced only with `force` (the message says what each holds),
//     never while another program has it open, and is kept as
//     `<name>.before-restore-<timestamp>`;
//  4. a `backup.restore` audit entry, with whatever was accepted in 2, is appended to the
//     checked copy, which is then renamed over the database in one step.
class DatabaseRestore
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseRestore)
public:
    struct Result
    {
        DatabaseSummary restored;
        QString keptAs;               // the replaced database's new name; empty when there was none
        QList<AuditFinding> accepted; // restored although the audit log did not vouch for them
    };

    // `target` must not be open in this process. Throws UnauditedBackupError, UserError (bad
    // backup, existing database without `force`, PostgreSQL) or EnvironmentError (in use,
    // disk full). `force` replaces an existing database; `acceptUnaudited` restores a
    // backup in spite of AuditedDataCheck findings and records them as accepted.
    static Result restore(const QString& backup, const QString& target, bool force,
                          bool acceptUnaudited = false);

    // Whether another connection (another program) has `path` open.
    static bool isInUse(const QString& path);

private:
    static void recordInAuditLog(const QString& checkedCopy, const QString& backup,
                                 const Result& result);
    static void replace(const QString& checkedCopy, const QString& target);
};
