#include "BackupActions.h"

#include "BackupBeforeSyncDialog.h"
#include "FileDialog.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "accounts/Authorization.h"
#include "audit/AuditedDataCheck.h"
#include "backup/BackupBeforeSync.h"
#include "backup/DatabaseRestore.h"
#include "backup/PostgresTools.h"
#include "backup/SqliteBackup.h"
#include "core/Problem.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMenu>

namespace {
const char backupFilter[] =
    QT_TRANSLATE_NOOP("BackupActions", "Contest databases (*.sqlite *.db);;All files (*)");
}

BackupActions::BackupActions(MainWindow* window, QMenu* fileMenu)
    : QObject(window), m_window(window)
{
    QAction* backup = fileMenu->addAction(tr("&Back up…"), this, &BackupActions::backUp);
    backup->setObjectName(QStringLiteral("backupAction"));
    QAction* restore = fileMenu->addAction(tr("Res&tore…"), this, &BackupActions::restore);
    restore->setObjectName(QStringLiteral("restoreAction"));
    QAction* schedule = fileMenu->addAction(tr("Backup before each s&ync…"), this,
                                            &BackupActions::configureBeforeSync);
    schedule->setObjectName(QStringLiteral("backupBeforeSyncAction"));
    for (QAction* a : {backup, restore, schedule})
        connect(fileMenu, &QMenu::aboutToShow, a,
                [this, a] { a->setEnabled(m_window->database() != nullptr); });
}

bool BackupActions::allowed(const QString& title)
{
    Database* db = m_window->database();
    if (!db)
        return false;
    try {
        // A backup holds everything, answer keys and accounts included.
        Authorization::require(*db, Permission::ManageUsers);
    } catch (const UserError& e) {
        MessageBox::warning(m_window, title, e.message());
        return false;
    }
    return true;
}

void BackupActions::backUp()
{
    const QString title = tr("Back up the database");
    if (!allowed(title))
        return;
    Database& db = *m_window->database();
    if (db.isServer()) {
        MessageBox::information(
            m_window, title,
            tr("A shared PostgreSQL database is backed up on the server by its "
               "administrator, with:\n\n%1")
                .arg(PostgresTools::dumpCommand(db.location(), QStringLiteral("contest.dump"))));
        return;
    }
    const QFileInfo info(db.location());
    const QString suggested = info.absoluteDir().filePath(
        QStringLiteral("%1-backup-%2.sqlite")
            .arg(info.completeBaseName(),
                 QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm"))));
    const QString target =
        FileDialog::getSaveFileName(m_window, title, suggested, tr(backupFilter));
    if (target.isEmpty())
        return;
    try {
        const qint64 bytes = SqliteBackup::write(db, target);
        MessageBox::information(
            m_window, title,
            tr("The backup was written to %1 (%2).")
                .arg(QDir::toNativeSeparators(target), QLocale().formattedDataSize(bytes)));
    } catch (const UserError& e) {
        MessageBox::warning(m_window, title, tr("No backup was written.\n\n%1").arg(e.message()));
    } catch (const EnvironmentError& e) {
        MessageBox::critical(m_window, title, tr("No backup was written.\n\n%1").arg(e.message()));
    }
}

void BackupActions::restore()
{
    const QString title = tr("Restore a backup");
    if (!allowed(title))
        return;
    Database& db = *m_window->database();
    if (db.isServer()) {
        MessageBox::information(
            m_window, title,
            tr("A shared PostgreSQL database is restored by its administrator, into a new, "
               "empty database that the committee then connects to, with:\n\n%1\n\nBefore "
               "using it, check that its locked results and accounts match its audit log:"
               "\n\n%2")
                .arg(PostgresTools::restoreCommand(db.location(), QStringLiteral("contest.dump")),
                     PostgresTools::verifyCommand(db.location())));
        return;
    }
    const QString target = db.location();
    const QString backup = FileDialog::getOpenFileName(
        m_window, title, QFileInfo(target).absolutePath(), tr(backupFilter));
    if (backup.isEmpty())
        return;
    if (MessageBox::question(
            m_window, title,
            tr("Replace the open database %1 by the backup %2?\n\nThe backup is checked "
               "first; the current database is kept beside it as "
               "%3.before-restore-….")
                .arg(QDir::toNativeSeparators(target), QDir::toNativeSeparators(backup),
                     QFileInfo(target).fileName()),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    if (!m_window->closeDatabase())
        return;
    QString message;
    bool ok = false;
    bool acceptUnaudited = false;
    for (;;) {
        try {
            const DatabaseRestore::Result r =
                DatabaseRestore::restore(backup, target, true, acceptUnaudited);
            message = tr("The backup was restored: %1.\n\nThe replaced database is kept as %2.")
                          .arg(r.restored.describe(), QDir::toNativeSeparators(r.keptAs));
            if (!r.accepted.isEmpty())
                message += tr("\n\nRestored although its audit log does not vouch for them, as "
                              "you accepted (recorded in the audit log):\n%1")
                               .arg(AuditedDataCheck::listed(r.accepted));
            ok = true;
        } catch (const UnauditedBackupError& e) {
            // The committee decides, knowing exactly what it would take on.
            if (!acceptUnaudited &&
                MessageBox::question(
                    m_window, title,
                    tr("%1\n\nRestore it anyway? The snapshots and accounts listed are then "
                       "restored exactly as the backup holds them (with those accounts' roles "
                       "and passwords), and the restored database's audit log records that "
                       "you accepted them.")
                        .arg(e.message()),
                    QMessageBox::Yes | QMessageBox::Cancel,
                    QMessageBox::Cancel) == QMessageBox::Yes) {
                acceptUnaudited = true;
                continue;
            }
            message = tr("Nothing was restored; the database is unchanged.\n\n%1").arg(e.message());
        } catch (const UserError& e) {
            message = tr("Nothing was restored; the database is unchanged.\n\n%1").arg(e.message());
        } catch (const EnvironmentError& e) {
            message = tr("Nothing was restored; the database is unchanged.\n\n%1").arg(e.message());
        }
        break;
    }
    m_window->openDatabase(target);
    if (ok)
        MessageBox::information(m_window, title, message);
    else
        MessageBox::warning(m_window, title, message);
}

void BackupActions::configureBeforeSync()
{
    const QString title = tr("Backup before each sync");
    if (!allowed(title))
        return;
    Database& db = *m_window->database();
    if (db.isServer()) {
        MessageBox::information(
            m_window, title,
            tr("A shared PostgreSQL database is backed up on the server (pg_dump), not "
               "before each sync by this program."));
        return;
    }
    BackupBeforeSync backups(db);
    BackupBeforeSync::Policy p = backups.policy();
    BackupBeforeSyncDialog dialog(p.enabled(), p.folder, p.keep, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    p.folder = dialog.isEnabled() ? dialog.folder() : QString();
    p.keep = dialog.keep();
    try {
        if (dialog.isEnabled() && p.folder.isEmpty())
            throw UserError(tr("choose the folder for the backups"));
        backups.setPolicy(p);
    } catch (const UserError& e) {
        MessageBox::warning(m_window, title,
                            tr("The setting was not changed.\n\n%1").arg(e.message()));
    } catch (const EnvironmentError& e) {
        MessageBox::critical(m_window, title,
                             tr("The setting was not changed.\n\n%1").arg(e.message()));
    }
}
