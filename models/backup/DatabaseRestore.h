#pragma once

#include "BackupInspector.h"

#include <QCoreApplication>
#include <QString>

// Replaces a SQLite contest database by a backup, checking first and replacing last:
//  1. the backup is copied beside the database (same folder, so the final rename is atomic)
//     and the copy is checked (BackupInspector); a bad file is refused and nothing changes;
//  2. an existing database is replaced only with `force` (the message says what each holds),
//     never while another program has it open, and is kept as
//     `<name>.before-restore-<timestamp>`;
//  3. the checked copy is renamed over the database in one step.
class DatabaseRestore
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseRestore)
public:
    struct Result
    {
        DatabaseSummary restored;
        QString keptAs; // the replaced database's new name; empty when there was none
    };

    // `target` must not be open in this process. Throws UserError (bad backup, existing
    // database without `force`, PostgreSQL) or EnvironmentError (in use, disk full).
    static Result restore(const QString& backup, const QString& target, bool force);

    // Whether another connection (another program) has `path` open.
    static bool isInUse(const QString& path);

private:
    static void replace(const QString& checkedCopy, const QString& target);
};
