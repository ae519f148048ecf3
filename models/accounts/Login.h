#pragma once

#include "Session.h"

#include <QCoreApplication>

class Database;

// Logging in: the throttle, the password check, the audit entry of a failure, then the
// session.
class Login
{
    Q_DECLARE_TR_FUNCTIONS(Login)
public:
    // Checks the password against the database's accounts and starts the session. Throws
    // UserError with one message for an unknown name, a wrong password or a disabled
    // account alike (it does not tell which accounts exist). A failure is counted
    // (LoginThrottle: a growing delay, then a lockout) and written to the audit log with the
    // name as typed; a name still waiting is refused before its password is checked.
    static CurrentUser logIn(Database& db, const QString& username, const QString& password);
};
