#include "Session.h"

#include "audit/AuditLog.h"

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
