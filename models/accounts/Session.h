#pragma once

#include "Role.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

class Database;

struct CurrentUser
{
    QString username;
    QString displayName;
    Role role = Role::Committee;
};

// Who is working in this program: one person per process (the app after its login
// dialog, contestctl after --user). Starting a session also names that person in every
// audit entry from then on.
class Session
{
    Q_DECLARE_TR_FUNCTIONS(Session)
public:
    static std::optional<CurrentUser> current();
    static void start(const CurrentUser& user);
    static void end();

    // Checks the password against the database's accounts and starts the session. Throws
    // UserError with one message for an unknown name, a wrong password or a disabled
    // account alike (it does not tell which accounts exist). A failure is counted
    // (LoginThrottle: a growing delay, then a lockout) and written to the audit log with the
    // name as typed; a name still waiting is refused before its password is checked.
    static CurrentUser logIn(Database& db, const QString& username, const QString& password);
};
