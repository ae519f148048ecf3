#include "LoginThrottle.h"

#include "AccountName.h"
#include "core/Problem.h"
#include "storage/Database.h"

#include <QDateTime>

namespace {
std::function<qint64()> s_clock;
}

qint64 LoginThrottle::State::nextAttemptMs() const
{
    if (failures >= kLockAfter)
        return lastFailureMs + kLockMs;
    if (failures >= kFreeFailures)
        return lastFailureMs + (kFirstDelayMs << (failures - kFreeFailures));
    return 0;
}

qint64 LoginThrottle::now()
{
    return s_clock ? s_clock() : QDateTime::currentMSecsSinceEpoch();
}

void LoginThrottle::setClockForTests(std::function<qint64()> clock)
{
    s_clock = std::move(clock);
}

QString LoginThrottle::keyOf(const QString& username)
{
    return AccountName::key(username).left(kMaxStoredNameLength);
}

LoginThrottle::State LoginThrottle::state(const QString& username) const
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT failures, last_failure_ms FROM login_failures "
                                           "WHERE username_key = ?"),
                            {keyOf(username)});
    State s;
    if (q.next()) {
        s.failures = q.value(0).toInt();
        s.lastFailureMs = q.value(1).toLongLong();
    }
    return s;
}

LoginThrottle::State LoginThrottle::recordFailure(const QString& username, qint64 nowMs)
{
    State s;
    m_db.transaction([&] {
        s = state(username);
        s.failures += 1;
        s.lastFailureMs = nowMs;
        m_db.exec(QStringLiteral("DELETE FROM login_failures WHERE username_key = ?"),
                  {keyOf(username)});
        m_db.exec(QStringLiteral("INSERT INTO login_failures (username_key, failures, "
                                 "last_failure_ms) VALUES (?, ?, ?)"),
                  {keyOf(username), s.failures, s.lastFailureMs});
    });
    return s;
}

void LoginThrottle::clear(const QString& username)
{
    // Only when there is something to clear: a normal login writes nothing.
    if (state(username).failures > 0)
        m_db.exec(QStringLiteral("DELETE FROM login_failures WHERE username_key = ?"),
                  {keyOf(username)});
}

void LoginThrottle::requireMayTry(const QString& username, qint64 nowMs) const
{
    const State s = state(username);
    const qint64 next = s.nextAttemptMs();
    if (next <= nowMs)
        return;
    const QString name = username.trimmed().left(kMaxStoredNameLength);
    if (s.locked()) {
        const QString until = QDateTime::fromMSecsSinceEpoch(next, Qt::UTC)
                                  .toLocalTime()
                                  .toString(QStringLiteral("HH:mm"));
        throw UserError(tr("%1 is locked after %2 failed logins until %3 (%4 minutes after the "
                           "last one); the committee can lift the lock (contestctl users unlock "
                           "NAME, or Accounts in the app)")
                            .arg(name)
                            .arg(s.failures)
                            .arg(until)
                            .arg(kLockMs / 60000));
    }
    const qint64 seconds = (next - nowMs + 999) / 1000;
    throw UserError(tr("%1: %2 failed logins in a row; try again in %3 s")
                        .arg(name)
                        .arg(s.failures)
                        .arg(seconds));
}
