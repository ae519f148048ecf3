#include "Session.h"

#include "UserRepository.h"
#include "audit/AuditLog.h"
#include "core/Problem.h"

namespace {
std::optional<CurrentUser> s_current;
}

std::optional<CurrentUser> Session::current()
{
    return s_current;
}

void Session::start(const CurrentUser& user)
{
    s_current = user;
    AuditLog::setCurrentUser(user.username);
}

void Session::end()
{
    s_current.reset();
    AuditLog::setCurrentUser(QString());
}

CurrentUser Session::logIn(Database& db, const QString& username, const QString& password)
{
    const std::optional<User> user = UserRepository(db).authenticate(username, password);
    if (!user)
        throw UserError(tr("wrong user name or password for %1, or the account is disabled")
                            .arg(username.trimmed()));
    const CurrentUser current{user->username, user->displayName, user->role};
    start(current);
    return current;
}
