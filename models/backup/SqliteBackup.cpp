#include "SqliteBackup.h"

#include "PostgresTools.h"
#include "core/Problem.h"
#include "storage/Database.h"
#include "storage/OwnerOnlyFile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

qint64 SqliteBackup::write(Database& db, const QString& target)
{
    if (PostgresTools::isPostgresLocation(db.location()))
        throw UserError(tr("%1 is a PostgreSQL database: back it up on the server with\n  %2")
                            .arg(PostgresTools::withoutPassword(db.location()),
                                 PostgresTools::dumpCommand(db.location(), target)));
    if (db.inTransaction())
        throw UserError(tr("a backup cannot be taken inside a transaction"));
    const QFileInfo info(target);
    if (info.exists())
        throw UserError(tr("%1 already exists: choose a new file name for the backup").arg(target));
    if (!info.absoluteDir().exists())
        throw EnvironmentError(
            tr("%1: the folder %2 does not exist").arg(target, info.absolutePath()));
    if (info.absoluteFilePath() == QFileInfo(db.location()).absoluteFilePath())
        throw UserError(tr("%1 is the database itself: choose another file").arg(target));

    const QString partial = QStringLiteral("%1.partial-%2")
                                .arg(info.absoluteFilePath())
                                .arg(QDateTime::currentMSecsSinceEpoch());
    removeWithCompanions(partial);
    // VACUUM INTO writes into an empty file that exists: created owner-only here, the
    // backup never exists readable by others (SQLite would create it 0644 under the usual
    // umask).
    OwnerOnlyFile::createEmpty(partial);
    try {
        db.exec(QStringLiteral("VACUUM INTO ?"), {partial});
    } catch (const EnvironmentError& e) {
        removeWithCompanions(partial);
        throw EnvironmentError(
            tr("%1: the backup could not be written: %2").arg(target, e.message()));
    }
    if (!QFile::rename(partial, info.absoluteFilePath())) {
        removeWithCompanions(partial);
        throw EnvironmentError(tr("%1: the backup could not be given its name").arg(target));
    }
    return QFileInfo(target).size();
}

QStringList SqliteBackup::companionFiles(const QString& path)
{
    return {path + QStringLiteral("-wal"), path + QStringLiteral("-shm"),
            path + QStringLiteral("-journal")};
}

void SqliteBackup::removeWithCompanions(const QString& path)
{
    QFile::remove(path);
    for (const QString& f : companionFiles(path))
        QFile::remove(f);
}
