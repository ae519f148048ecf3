#include "ResultsLock.h"

#include "integrity/IntegrityDecisions.h"

#include "accounts/Authorization.h"
#include "audit/AuditLog.h"
#include "contest/ContestRepository.h"
#include "core/ContestTime.h"
#include "core/Problem.h"
#include "results/ResultsJson.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QJsonDocument>

QByteArray ResultsLock::canonical(const Results& results)
{
    // QJsonObject keeps keys sorted, so the compact form is canonical.
    return QJsonDocument(ResultsJson::toJson(results)).toJson(QJsonDocument::Compact);
}

QString ResultsLock::sha256(const QByteArray& content)
{
    return ResultsSnapshot::sha256Of(content);
}

std::optional<ResultsSnapshot> ResultsLock::current() const
{
    return ResultsSnapshot::current(m_db);
}

ResultsSnapshot ResultsLock::lock(const Results& results)
{
    Authorization::require(m_db, Permission::LockResults);
    if (const auto locked = current()) {
        throw UserError(
            tr("results are already locked (snapshot %1 of %2); unlock them first, with a reason")
                .arg(locked->id)
                .arg(ContestTime::formatStored(
                    locked->lockedAt,
                    ContestRepository(m_db).loadOrDefaults().timezoneOffsetMinutes)));
    }
    if (!results.unresolvedTies.isEmpty()) {
        throw UserError(tr("%n tie(s) at a prize boundary are not decided yet: the judges must decide them "
                           "before the results can be locked",
                           nullptr, static_cast<int>(results.unresolvedTies.size())));
    }
    if (!results.staleDecisions.isEmpty()) {
        throw UserError(tr("%n judges' decision(s) no longer match the current ties and must be reviewed "
                           "before the results can be locked",
                           nullptr, static_cast<int>(results.staleDecisions.size())));
    }
    // A prize must not go to someone whose case the judges have not looked at.
    const int undecided = IntegrityDecisions::undecidedPrizeCases(m_db, results);
    if (undecided > 0) {
        throw UserError(tr("%n integrity case(s) touch a prize winner and are not decided yet: "
                           "the judges must decide them before the results can be locked",
                           nullptr, undecided));
    }
    ResultsSnapshot s;
    s.content = canonical(results);
    s.sha256 = sha256(s.content);
    s.lockedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    s.lockedBy = AuditLog::currentUser();
    m_db.transaction([&] {
        QSqlQuery q = m_db.exec(QStringLiteral("INSERT INTO results_snapshots (locked_at, locked_by, content_json, sha256) "
                                               "VALUES (?, ?, ?, ?) RETURNING id"),
                                {s.lockedAt, s.lockedBy, QString::fromUtf8(s.content), s.sha256});
        if (q.next())
            s.id = q.value(0).toLongLong();
        q.finish();
        AuditLog(m_db).append(QStringLiteral("results.lock"), QString::number(s.id), QJsonValue(),
                              QJsonObject{{QStringLiteral("snapshot"), s.id}, {QStringLiteral("sha256"), s.sha256},
                                          {QStringLiteral("contestants"), results.contestants}});
    });
    return s;
}

void ResultsLock::unlock(const QString& reason)
{
    Authorization::require(m_db, Permission::LockResults);
    if (reason.trimmed().isEmpty())
        throw UserError(tr("unlocking the results needs a reason"));
    const auto locked = current();
    if (!locked)
        throw UserError(tr("the results are not locked"));
    m_db.transaction([&] {
        m_db.exec(QStringLiteral("UPDATE results_snapshots SET unlocked_at = ?, unlocked_by = ?, unlock_reason = ? "
                                 "WHERE id = ?"),
                  {QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), AuditLog::currentUser(), reason.trimmed(),
                   locked->id});
        AuditLog(m_db).append(QStringLiteral("results.unlock"), QString::number(locked->id),
                              QJsonObject{{QStringLiteral("snapshot"), locked->id}, {QStringLiteral("sha256"), locked->sha256}},
                              QJsonObject{{QStringLiteral("reason"), reason.trimmed()}});
    });
}
