#include "DatabaseRestore.h"

#include "PostgresTools.h"
#include "SqliteBackup.h"
#include "core/Problem.h"
#include "storage/Database.h"
#include "storage/OwnerOnlyFile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <cstdio>
#endif

namespace {

constexpr int kFirstVersionWithAudit = 5;

QString stamp()
{
    return QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
}

// Deletes the checked copy unless it was moved into place.
class TemporaryCopy
{
public:
    explicit TemporaryCopy(QString path) : m_path(std::move(path)) {}
    ~TemporaryCopy()
    {
        if (!m_kept)
            SqliteBackup::removeWithCompanions(m_path);
    }
    const QString& path() const { return m_path; }
    void keep() { m_kept = true; }

private:
    QString m_path;
    bool m_kept = false;
};

bool renameReplacing(const QString& from, const QString& to)
{
#ifdef Q_OS_WIN
    return MoveFileExW(reinterpret_cast<const wchar_t*>(QDir::toNativeSeparators(from).utf16()),
                       reinterpret_cast<const wchar_t*>(QDir::toNativeSeparators(to).utf16()),
                       MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH) != 0;
#else
    return std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
#endif
}

} // namespace

bool DatabaseRestore::isInUse(const QString& path)
{
    // The last connection to close a WAL database checkpoints it and deletes the -wal file;
    // after our own connection closed, a -wal file left means someone else holds it open.
    if (!QFileInfo::exists(path))
        return false;
    try {
        auto db = Database::open(path);
        db->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    } catch (const EnvironmentError&) {
        // A damaged database cannot be checkpointed; only its -wal file can tell.
    }
    return QFileInfo::exists(path + QStringLiteral("-wal"));
}

DatabaseRestore::Result DatabaseRestore::restore(const QString& backup, const QString& target,
                                                 bool force, bool acceptUnaudited)
{
    if (PostgresTools::isPostgresLocation(target))
        throw UserError(
            tr("%1 is a PostgreSQL database: restore a pg_dump file with pg_restore into a new, "
               "empty database, check that its locked results and accounts match its audit "
               "log, then use that one:\n  %2\n  %3")
                .arg(PostgresTools::withoutPassword(target),
                     PostgresTools::restoreCommand(target, backup),
                     PostgresTools::verifyCommand(target)));
    const QFileInfo backupInfo(backup);
    const QFileInfo targetInfo(target);
    if (!backupInfo.isFile())
        throw UserError(tr("%1 does not exist or is not a file").arg(backup));
    if (backupInfo.absoluteFilePath() == targetInfo.absoluteFilePath())
        throw UserError(tr("%1 is the database itself: choose a backup file").arg(backup));
    if (!targetInfo.absoluteDir().exists())
        throw EnvironmentError(
            tr("%1: the folder %2 does not exist").arg(target, targetInfo.absolutePath()));

    const QString when = stamp();
    TemporaryCopy copy(QStringLiteral("%1.restoring-%2").arg(targetInfo.absoluteFilePath(), when));
    SqliteBackup::removeWithCompanions(copy.path());
    if (!QFile::copy(backup, copy.path()))
        throw EnvironmentError(tr("%1 could not be copied beside %2 (disk full or no permission?)")
                                   .arg(backup, target));
    OwnerOnlyFile::tighten(copy.path());
    Result result;
    const BackupInspection inspection = BackupInspector::check(copy.path(), backup);
    result.restored = inspection.summary;
    if (!inspection.unaudited.isEmpty() && !acceptUnaudited)
        throw UnauditedBackupError(
            tr("%1 does not match its own audit log: the results locked in it or its accounts "
               "were changed outside Contest Admin:\n%2\nNothing was restored.")
                .arg(backup, AuditedDataCheck::listed(inspection.unaudited)),
            inspection.unaudited);
    result.accepted = inspection.unaudited;

    if (targetInfo.exists()) {
        if (isInUse(target))
            throw EnvironmentError(
                tr("%1 is open in another program (Contest Admin or a contestctl "
                   "run): close it there first; nothing was changed")
                    .arg(target));
        if (!force) {
            QString current;
            try {
                auto db = Database::open(target);
                current = BackupInspector::summarize(*db).describe();
            } catch (const std::exception&) {
                current = tr("cannot be read");
            }
            throw UserError(
                tr("%1 already holds a database (%2).\nThe backup %3 holds %4.\nRestoring "
                   "replaces the database and keeps it as %1.before-restore-…; repeat "
                   "with --force to do it")
                    .arg(target, current, backup, result.restored.describe()));
        }
        result.keptAs = QStringLiteral("%1.before-restore-%2").arg(target, when);
        if (!QFile::copy(target, result.keptAs))
            throw EnvironmentError(
                tr("%1 could not be kept as %2; nothing was changed").arg(target, result.keptAs));
        OwnerOnlyFile::tighten(result.keptAs);
    }
    recordInAuditLog(copy.path(), backup, result);
    replace(copy.path(), target);
    copy.keep();
    return result;
}

void DatabaseRestore::recordInAuditLog(const QString& checkedCopy, const QString& backup,
                                       const Result& result)
{
    // Before the rename: the restored database never exists without its entry.
    if (result.restored.schemaVersion < kFirstVersionWithAudit)
        return;
    try {
        auto db = Database::open(checkedCopy);
        AuditedDataCheck::recordRestore(*db, QFileInfo(backup).fileName(), result.accepted);
    } catch (const EnvironmentError& e) {
        throw EnvironmentError(
            tr("the restore could not be recorded in the audit log; nothing was changed: %1")
                .arg(e.message()));
    }
}

void DatabaseRestore::replace(const QString& checkedCopy, const QString& target)
{
    // No one has the database open and it was checkpointed: what is left beside it is stale
    // and would be replayed into the restored file.
    for (const QString& f : SqliteBackup::companionFiles(target))
        QFile::remove(f);
    if (!renameReplacing(checkedCopy, target))
        throw EnvironmentError(tr("%1 could not be replaced; it is unchanged").arg(target));
}
