#include "Login.h"

#include "LoginThrottle.h"
#include "UserRepository.h"
#include "audit/AuditLog.h"
#include "core/Problem.h"
#include "storage/Database.h"

#include <QJsonObject>

CurrentUser Login::logIn(Database& db, const QString& username, const QString& password)
{
    LoginThrottle throttle(db);
    const qint64 now = LoginThrottle::now();
    throttle.requireMayTry(username, now);
    const std::optional<User> user = UserRepository(db).authenticate(username, password);
    if (!user) {
        // The name as typed (cut to a sane length), never the password; the count and the
        // audit entry are stored together.
        const QString typed = username.trimmed().left(LoginThrottle::kMaxStoredNameLength);
        LoginThrottle::State state;
        db.transaction([&] {
            state = throttle.recordFailure(username, now);
            AuditLog(db).append(QStringLiteral("user.login_failed"), typed, QJsonValue(),
                                QJsonObject{{QStringLiteral("username"), typed},
                                            {QStringLiteral("failures"), state.failures}});
        });
        QString message =
            tr("wrong user name or password for %1, or the account is disabled").arg(typed);
        if (state.locked())
            message += tr("; after %1 failed logins the name is locked for %2 minutes")
                           .arg(state.failures)
                           .arg(LoginThrottle::kLockMs / 60000);
        else if (state.failures >= LoginThrottle::kFreeFailures)
            message += tr("; %1 failed logins in a row: the next try waits %2 s")
                           .arg(state.failures)
                           .arg((state.nextAttemptMs() - now) / 1000);
        throw UserError(message);
    }
    throttle.clear(user->username);
    const CurrentUser current{user->username, user->displayName, user->role};
    Session::start(current);
    return current;
}
