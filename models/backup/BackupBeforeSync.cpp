#include "BackupBeforeSync.h"

#include "PostgresTools.h"
#include "SqliteBackup.h"
#include "core/Problem.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace {
const QString kFolderKey = QStringLiteral("backup_before_sync_folder");
const QString kKeepKey = QStringLiteral("backup_before_sync_keep");
const QString kSuffix = QStringLiteral(".sqlite");

void storeMeta(Database& db, const QString& key, const QString& value)
{
    db.exec(QStringLiteral("INSERT INTO app_meta (key, value) VALUES (?, ?) "
                           "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
            {key, value});
}
} // namespace

BackupBeforeSync::Policy BackupBeforeSync::policy() const
{
    Policy p;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT key, value FROM app_meta WHERE key IN (?, ?)"),
                            {kFolderKey, kKeepKey});
    while (q.next()) {
        if (q.value(0).toString() == kFolderKey)
            p.folder = q.value(1).toString();
        else
            p.keep = qBound(1, q.value(1).toInt(), maxKeep);
    }
    return p;
}

void BackupBeforeSync::setPolicy(const Policy& policy)
{
    if (policy.enabled()) {
        if (PostgresTools::isPostgresLocation(m_db.location()))
            throw UserError(tr("a PostgreSQL database is backed up on the server with pg_dump, not "
                               "before each sync by this program"));
        if (!QFileInfo(policy.folder).isDir())
            throw UserError(tr("backup folder %1 does not exist").arg(policy.folder));
        if (policy.keep < 1 || policy.keep > maxKeep)
            throw UserError(tr("keep %1: expected 1 to %2 backups").arg(policy.keep).arg(maxKeep));
    }
    m_db.transaction([&] {
        storeMeta(m_db, kFolderKey,
                  policy.enabled() ? QFileInfo(policy.folder).absoluteFilePath() : QString());
        storeMeta(m_db, kKeepKey, QString::number(policy.keep));
    });
}

QString BackupBeforeSync::filePrefix() const
{
    return QFileInfo(m_db.location()).completeBaseName() + QStringLiteral("-before-sync-");
}

QStringList BackupBeforeSync::existing(const QString& folder) const
{
    // Names carry a sortable timestamp, so name order is age order.
    const QStringList names = QDir(folder).entryList({filePrefix() + QStringLiteral("*") + kSuffix},
                                                     QDir::Files, QDir::Name);
    QStringList paths;
    for (const QString& n : names)
        paths << QDir(folder).filePath(n);
    return paths;
}

QString BackupBeforeSync::run()
{
    const Policy p = policy();
    if (!p.enabled() || PostgresTools::isPostgresLocation(m_db.location()))
        return {};
    if (!QFileInfo(p.folder).isDir())
        throw EnvironmentError(tr("not synced: the folder for backups before each sync, %1, does "
                                  "not exist (change it or turn the backups off)")
                                   .arg(p.folder));
    const QString name =
        filePrefix() +
        QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")) + kSuffix;
    const QString path = QDir(p.folder).filePath(name);
    try {
        SqliteBackup::write(m_db, path);
    } catch (const UserError& e) {
        throw EnvironmentError(
            tr("not synced: the backup before the sync failed: %1").arg(e.message()));
    } catch (const EnvironmentError& e) {
        throw EnvironmentError(
            tr("not synced: the backup before the sync failed: %1").arg(e.message()));
    }
    prune(p.folder, p.keep);
    return path;
}

void BackupBeforeSync::prune(const QString& folder, int keep) const
{
    QStringList paths = existing(folder);
    while (paths.size() > keep)
        QFile::remove(paths.takeFirst());
}
