#include "BackupInspector.h"

#include "audit/AuditLog.h"
#include "collab/LastChange.h"
#include "core/Problem.h"
#include "storage/Database.h"
#include "storage/Migrator.h"

#include <QFile>
#include <QLocale>

namespace {

constexpr int kFirstVersionWithQuestions = 3;
constexpr int kFirstVersionWithSubmissions = 4;
constexpr int kFirstVersionWithAudit = 5;

bool looksLikeSqlite(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArray("SQLite format 3\0", 16);
}

QStringList integrityProblems(Database& db)
{
    QStringList problems;
    QSqlQuery q = db.exec(QStringLiteral("PRAGMA integrity_check(20)"));
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    return problems;
}

} // namespace

QString DatabaseSummary::describe() const
{
    const QLocale locale;
    QString text =
        BackupInspector::tr("schema version %1, contest %2, %3 questions, %4 submissions, "
                            "%5 audit entries")
            .arg(schemaVersion)
            .arg(contestCode.isEmpty() ? BackupInspector::tr("(no settings)") : contestCode)
            .arg(locale.toString(questions))
            .arg(locale.toString(submissions))
            .arg(locale.toString(auditEntries));
    if (!lastAuditAt.isEmpty())
        text += BackupInspector::tr(", last audited change: %1")
                    .arg(LastChange{lastAuditUser, lastAuditAt}.describe());
    return text;
}

DatabaseSummary BackupInspector::summarize(Database& db)
{
    DatabaseSummary s;
    s.schemaVersion = Migrator(db).currentVersion();
    if (s.schemaVersion == 0)
        return s;
    QSqlQuery contest = db.exec(QStringLiteral("SELECT code FROM contest WHERE id = 1"));
    if (contest.next())
        s.contestCode = contest.value(0).toString();
    if (s.schemaVersion >= kFirstVersionWithQuestions) {
        QSqlQuery q = db.exec(QStringLiteral("SELECT count(*) FROM questions"));
        s.questions = q.next() ? q.value(0).toInt() : 0;
    }
    if (s.schemaVersion >= kFirstVersionWithSubmissions) {
        QSqlQuery q = db.exec(QStringLiteral("SELECT count(*) FROM submissions"));
        s.submissions = q.next() ? q.value(0).toLongLong() : 0;
    }
    if (s.schemaVersion >= kFirstVersionWithAudit) {
        QSqlQuery q = db.exec(QStringLiteral("SELECT count(*) FROM audit_log"));
        s.auditEntries = q.next() ? q.value(0).toInt() : 0;
        QSqlQuery last =
            db.exec(QStringLiteral("SELECT at, user_name FROM audit_log ORDER BY id DESC LIMIT 1"));
        if (last.next()) {
            s.lastAuditAt = last.value(0).toString();
            s.lastAuditUser = last.value(1).toString();
        }
    }
    return s;
}

BackupInspection BackupInspector::check(const QString& copy, const QString& shownName)
{
    if (!looksLikeSqlite(copy))
        throw UserError(
            tr("%1 is not a SQLite database file, so not a Contest Admin backup").arg(shownName));
    std::unique_ptr<Database> db;
    DatabaseSummary summary;
    try {
        db = Database::open(copy);
        const QStringList damage = integrityProblems(*db);
        if (!damage.isEmpty())
            throw UserError(tr("%1 is damaged (SQLite integrity check: %2)")
                                .arg(shownName, damage.join(QStringLiteral("; "))));
        summary.schemaVersion = Migrator(*db).currentVersion();
    } catch (const EnvironmentError& e) {
        // A foreign or truncated file fails while being read: it is the file that is wrong.
        throw UserError(
            tr("%1 cannot be used as a Contest Admin database: %2").arg(shownName, e.message()));
    }
    if (summary.schemaVersion == 0)
        throw UserError(tr("%1 holds no Contest Admin data (no schema)").arg(shownName));
    if (summary.schemaVersion > Migrator::latestVersion())
        throw UserError(tr("%1 was written by a newer version of Contest Admin (schema version %2; "
                           "this version knows up to %3): update Contest Admin first")
                            .arg(shownName)
                            .arg(summary.schemaVersion)
                            .arg(Migrator::latestVersion()));
    try {
        if (summary.schemaVersion >= kFirstVersionWithAudit) {
            const AuditLog::Verification v = AuditLog(*db).verify();
            if (!v.intact)
                throw UserError(
                    tr("%1: its audit log does not verify, so it may have been altered:\n  %2")
                        .arg(shownName, v.problems.join(QStringLiteral("\n  "))));
        }
        BackupInspection inspection;
        inspection.summary = summarize(*db);
        inspection.unaudited = AuditedDataCheck(*db).findings();
        return inspection;
    } catch (const EnvironmentError& e) {
        throw UserError(
            tr("%1 cannot be used as a Contest Admin database: %2").arg(shownName, e.message()));
    }
}
