#include "CtlCommands.h"

#include "PasswordPrompt.h"
#include "accounts/Authorization.h"
#include "accounts/Session.h"
#include "accounts/UserRepository.h"
#include "core/Problem.h"

namespace {

// Messages to people follow the locale; the summary lines scripts parse stay fixed English
// (docs/contestctl.md).
class UserCommands
{
    Q_DECLARE_TR_FUNCTIONS(UserCommands)
};

Role roleFrom(const QString& text)
{
    const std::optional<Role> role = Roles::fromName(text);
    if (!role) {
        throw UserError(UserCommands::tr("unknown role '%1' (committee, author, judge or secretary)").arg(text));
    }
    return *role;
}

// The new account's password: CONTEST_NEW_PASSWORD, or in setup mode (nobody logged in,
// so CONTEST_PASSWORD is free) CONTEST_PASSWORD, or asked twice on the terminal.
QString newPassword(const QString& username)
{
    const char* env = "CONTEST_NEW_PASSWORD";
    if (!qEnvironmentVariableIsSet(env) && !Session::current())
        env = "CONTEST_PASSWORD";
    return PasswordPrompt::obtain(env, UserCommands::tr("New password for %1: ").arg(username), true);
}

int runUsersAdd(CtlContext& ctx)
{
    const QString usage = QStringLiteral("users add NAME --role ROLE [--name \"DISPLAY NAME\"]");
    const QString roleText = ctx.takeOption(QStringLiteral("--role"));
    const QString display = ctx.takeOption(QStringLiteral("--name"));
    const QString name = ctx.positionals(1, usage).first();
    if (roleText.isEmpty())
        throw UserError(UserCommands::tr("--role is required (usage: contestctl %1)").arg(usage));
    const Role role = roleFrom(roleText);
    Database& db = ctx.openAndMigrate();
    if (const QString problem = UserRepository::usernameProblem(name); !problem.isEmpty())
        throw UserError(problem);
    const User user = UserRepository(db).create(name, display, role, newPassword(name));
    ctx.out()
        << UserCommands::tr("account %1 (%2) created\n").arg(user.username, Roles::name(user.role));
    return 0;
}

int runUsersList(CtlContext& ctx)
{
    ctx.positionals(0, QStringLiteral("users list"));
    Database& db = ctx.openExisting();
    Authorization::require(db, Permission::ManageUsers);
    for (const User& u : UserRepository(db).list()) {
        ctx.out() << QStringLiteral("%1  %2  %3  %4\n")
                         .arg(u.username.leftJustified(20), Roles::name(u.role).leftJustified(9),
                              u.disabled ? QStringLiteral("disabled") : QStringLiteral("active  "),
                              u.displayName);
    }
    return 0;
}

int runUsersPasswd(CtlContext& ctx)
{
    const QString name = ctx.positionals(1, QStringLiteral("users passwd NAME")).first();
    Database& db = ctx.openExisting();
    UserRepository users(db);
    if (!users.find(name))
        throw UserError(UserCommands::tr("there is no account named %1").arg(name));
    users.changePassword(name, newPassword(name));
    ctx.out() << UserCommands::tr("password of %1 changed\n").arg(name);
    return 0;
}

int runUsersRole(CtlContext& ctx)
{
    const QStringList args = ctx.positionals(2, QStringLiteral("users role NAME ROLE"));
    const Role role = roleFrom(args.at(1));
    UserRepository(ctx.openExisting()).changeRole(args.at(0), role);
    ctx.out() << UserCommands::tr("%1 is now %2\n").arg(args.at(0), Roles::name(role));
    return 0;
}

int runUsersDisable(CtlContext& ctx, bool disable)
{
    const QString name = ctx.positionals(1, disable ? QStringLiteral("users disable NAME")
                                                    : QStringLiteral("users enable NAME"))
                             .first();
    UserRepository(ctx.openExisting()).setDisabled(name, disable);
    ctx.out() << (disable ? UserCommands::tr("%1 disabled\n") : UserCommands::tr("%1 enabled\n"))
                     .arg(name);
    return 0;
}

int runUsersUnlock(CtlContext& ctx)
{
    const QString name = ctx.positionals(1, QStringLiteral("users unlock NAME")).first();
    const int cleared = UserRepository(ctx.openExisting()).unlock(name);
    if (cleared == 0)
        ctx.out() << UserCommands::tr("%1 had no failed logins to forget\n").arg(name);
    else
        ctx.out() << UserCommands::tr("%1 unlocked (%2 failed login(s) forgotten)\n")
                         .arg(name)
                         .arg(cleared);
    return 0;
}

const QString kPasswordHelp = QStringLiteral(
    "The new password comes from CONTEST_NEW_PASSWORD, or is asked twice on the terminal\n"
    "without echo (in setup mode CONTEST_PASSWORD also serves). At least 8 characters.");

} // namespace

QList<CtlCommand> userCommands()
{
    return {
        {{QStringLiteral("users"), QStringLiteral("add")},
         QStringLiteral("users add NAME --role ROLE [--name N]"),
         QStringLiteral("create an account (the first one: the committee's administrator)"),
         QStringLiteral(
             "ROLE is committee, author, judge or secretary. A database without accounts is\n"
             "in setup mode: everything is allowed and the first account must be the\n"
             "committee's. Afterwards only a committee account (--user) may add accounts.\n"
             "Names are compared without regard to case.\n") +
             kPasswordHelp,
         runUsersAdd},
        {{QStringLiteral("users"), QStringLiteral("list")},
         QStringLiteral("users list"),
         QStringLiteral("list the accounts (committee only)"),
         QStringLiteral("One line an account: name, role, active or disabled, display name."),
         runUsersList},
        {{QStringLiteral("users"), QStringLiteral("passwd")},
         QStringLiteral("users passwd NAME"),
         QStringLiteral("change a password (your own, or anyone's as committee)"),
         kPasswordHelp,
         runUsersPasswd},
        {{QStringLiteral("users"), QStringLiteral("role")},
         QStringLiteral("users role NAME ROLE"),
         QStringLiteral("change an account's role (committee only)"),
         QStringLiteral("The last active committee account cannot be given another role."),
         runUsersRole},
        {{QStringLiteral("users"), QStringLiteral("disable")},
         QStringLiteral("users disable NAME"),
         QStringLiteral("disable an account (committee only)"),
         QStringLiteral(
             "A disabled account cannot log in; its audit entries stay. The last active\n"
             "committee account cannot be disabled."),
         [](CtlContext& ctx) { return runUsersDisable(ctx, true); }},
        {{QStringLiteral("users"), QStringLiteral("enable")},
         QStringLiteral("users enable NAME"),
         QStringLiteral("enable a disabled account again (committee only)"),
         QString(),
         [](CtlContext& ctx) { return runUsersDisable(ctx, false); }},
        {{QStringLiteral("users"), QStringLiteral("unlock")},
         QStringLiteral("users unlock NAME"),
         QStringLiteral("lift the delay or lockout after failed logins (committee only)"),
         QStringLiteral(
             "After 5 failed logins in a row an account name waits 1 s before the next try,\n"
             "doubling each time; after 10 it is locked for 15 minutes. This forgets its\n"
             "failures at once. Recorded in the audit log."),
         runUsersUnlock},
    };
}
