// contestctl backup / restore / backup before-sync (docs/storage.md, "Backup and restore").
#include "CtlCommands.h"

#include "accounts/Authorization.h"
#include "backup/BackupBeforeSync.h"
#include "backup/DatabaseRestore.h"
#include "backup/PostgresTools.h"
#include "backup/SqliteBackup.h"
#include "core/Problem.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BackupCommands)
};

// A backup holds everything (answer keys, accounts): only the committee takes or restores one.
Database& openAsCommittee(CtlContext& ctx)
{
    Database& db = ctx.openExisting();
    Authorization::require(db, Permission::ManageUsers);
    return db;
}

int runBackup(CtlContext& ctx)
{
    const QString usage = QStringLiteral("backup --out FILE");
    const QString out = ctx.takeOption(QStringLiteral("--out"));
    ctx.positionals(0, usage);
    if (out.isEmpty())
        throw UserError(Tr::tr("--out FILE is required (usage: contestctl %1)").arg(usage));
    if (PostgresTools::isPostgresLocation(ctx.dbLocation())) {
        throw UserError(Tr::tr("%1 is a PostgreSQL database: back it up on the server with pg_dump "
                               "(the password from PGPASSWORD or ~/.pgpass):\n  %2")
                            .arg(PostgresTools::withoutPassword(ctx.dbLocation()),
                                 PostgresTools::dumpCommand(ctx.dbLocation(), out)));
    }
    Database& db = openAsCommittee(ctx);
    const qint64 bytes = SqliteBackup::write(db, out);
    ctx.out() << Tr::tr("backup written to %1 (%2 bytes)").arg(out, QLocale::c().toString(bytes))
              << '\n';
    return 0;
}

int runRestore(CtlContext& ctx)
{
    const QString usage = QStringLiteral("restore FILE [--force] [--accept-unaudited]");
    const bool force = ctx.takeFlag(QStringLiteral("--force"));
    const bool acceptUnaudited = ctx.takeFlag(QStringLiteral("--accept-unaudited"));
    const QString file = ctx.positionals(1, usage).first();
    if (PostgresTools::isPostgresLocation(ctx.dbLocation())) {
        throw UserError(
            Tr::tr("%1 is a PostgreSQL database: restore a pg_dump file with pg_restore into a "
                   "new, empty database (docs/storage.md), check that its locked results and "
                   "accounts match its audit log, then use that one:\n  %2\n  %3")
                .arg(PostgresTools::withoutPassword(ctx.dbLocation()),
                     PostgresTools::restoreCommand(ctx.dbLocation(), file),
                     PostgresTools::verifyCommand(ctx.dbLocation())));
    }
    if (QFileInfo::exists(ctx.dbLocation())) {
        // Replacing a database with accounts takes its committee; a database too damaged
        // to open has nobody to ask, and --force is then the only way.
        try {
            openAsCommittee(ctx);
        } catch (const EnvironmentError&) {
            if (!force)
                throw;
        }
        ctx.closeDatabase();
    }
    DatabaseRestore::Result r;
    try {
        r = DatabaseRestore::restore(file, ctx.dbLocation(), force, acceptUnaudited);
    } catch (const UnauditedBackupError& e) {
        // Deliberately not --force: that one only allows replacing an existing database,
        // which every ordinary restore needs; accepting altered data is its own decision.
        throw UserError(
            Tr::tr("%1\nTo restore it anyway, repeat with --accept-unaudited: the snapshots and "
                   "accounts listed are then restored exactly as the backup holds them (with "
                   "those accounts' roles and passwords), and the restored database's audit "
                   "log records that you accepted them. --force alone does not do this.")
                .arg(e.message()));
    }
    ctx.out()
        << Tr::tr("restored %1 from %2: %3").arg(ctx.dbLocation(), file, r.restored.describe())
        << '\n';
    if (!r.keptAs.isEmpty())
        ctx.out() << Tr::tr("the replaced database is kept as %1").arg(r.keptAs) << '\n';
    if (!r.accepted.isEmpty())
        ctx.out() << Tr::tr("accepted although the audit log did not vouch for them (recorded in "
                            "the audit log):\n%1")
                         .arg(AuditedDataCheck::listed(r.accepted))
                  << '\n';
    return 0;
}

int runBeforeSync(CtlContext& ctx)
{
    const QString usage = QStringLiteral("backup before-sync [--folder DIR [--keep N] | --off]");
    const QString folder = ctx.takeOption(QStringLiteral("--folder"));
    const QString keep = ctx.takeOption(QStringLiteral("--keep"));
    const bool off = ctx.takeFlag(QStringLiteral("--off"));
    ctx.positionals(0, usage);
    if (off && (!folder.isEmpty() || !keep.isEmpty()))
        throw UserError(
            Tr::tr("--off takes no --folder or --keep (usage: contestctl %1)").arg(usage));
    Database& db = ctx.openExisting();
    BackupBeforeSync backups(db);
    if (off || !folder.isEmpty() || !keep.isEmpty()) {
        Authorization::require(db, Permission::ManageUsers);
        BackupBeforeSync::Policy p = backups.policy();
        if (off)
            p.folder.clear();
        if (!folder.isEmpty())
            p.folder = folder;
        if (!keep.isEmpty()) {
            bool ok = false;
            p.keep = keep.toInt(&ok);
            if (!ok)
                throw UserError(Tr::tr("--keep %1: expected a number of backups").arg(keep));
        }
        if (!p.enabled() && !off)
            throw UserError(Tr::tr("--keep needs --folder DIR (no folder is set yet)"));
        backups.setPolicy(p);
    }
    const BackupBeforeSync::Policy p = backups.policy();
    if (p.enabled())
        ctx.out() << Tr::tr("before each sync: a backup into %1, keeping the newest %2")
                         .arg(p.folder)
                         .arg(p.keep)
                  << '\n';
    else
        ctx.out() << Tr::tr("before each sync: no backup") << '\n';
    return 0;
}

} // namespace

QList<CtlCommand> backupCommands()
{
    return {
        {{QStringLiteral("backup")},
         QStringLiteral("backup --out FILE"),
         QStringLiteral(
             "write a consistent copy of the SQLite database to FILE while it is in use"),
         QStringLiteral(
             "FILE must not exist. The copy is one snapshot even while the app or a sync writes,\n"
             "and appears under its name only when complete. Needs a committee account once\n"
             "the database has accounts. A PostgreSQL database is backed up on the server:\n"
             "this prints the pg_dump command to use and exits 1."),
         runBackup},
        {{QStringLiteral("restore")},
         QStringLiteral("restore FILE [--force] [--accept-unaudited]"),
         QStringLiteral("replace the SQLite database by a backup, after checking the backup"),
         QStringLiteral(
             "FILE is copied beside the database and checked first: a SQLite file that passes\n"
             "integrity_check, holds Contest Admin's schema at a version this build knows\n"
             "(an older one is upgraded by the next `init` or by the app) and whose audit log\n"
             "verifies. Anything else is refused (exit 1) and nothing changes. A backup whose\n"
             "locked results no longer hash to their lock entry, or with accounts the audit log\n"
             "never created (or whose role it never gave), is refused naming each, unless\n"
             "--accept-unaudited: they are then restored as they are and the acceptance is\n"
             "recorded in the audit log. An existing database is replaced only with --force\n"
             "(the message compares both), never while another program has it open (exit 2),\n"
             "and is kept as DB.before-restore-YYYYMMDD-HHMMSS. Every restore appends a\n"
             "backup.restore entry to the restored audit log. For PostgreSQL this prints the\n"
             "pg_restore command to use, and `audit verify` to run on the restored database."),
         runRestore},
        {{QStringLiteral("backup"), QStringLiteral("before-sync")},
         QStringLiteral("backup before-sync [--folder DIR [--keep N] | --off]"),
         QStringLiteral("show or set the backup written before every sync"),
         QStringLiteral(
             "With --folder DIR every sync (contestctl's and the app's) first writes\n"
             "DB-before-sync-YYYYMMDD-HHMMSS-mmm.sqlite into DIR and keeps the newest N (default\n"
             "10); a sync whose backup cannot be written does not run. --off turns it off.\n"
             "The setting is stored in the database. Without options, prints it."),
         runBeforeSync},
    };
}
