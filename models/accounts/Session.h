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
};
