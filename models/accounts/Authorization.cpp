#include "Authorization.h"

#include "Session.h"
#include "contest/StoredContestSettings.h"
#include "core/Problem.h"
#include "storage/Database.h"

#include <QDateTime>

QList<Permission> Authorization::allPermissions()
{
    using P = Permission;
    return {P::ManageUsers,        P::EditSettings,   P::EditUnits,        P::EditQuestions,
            P::TransferQuestions,  P::ViewAnswerKeys, P::PublishAndSync,   P::ViewResults,
            P::RecordTieDecisions, P::LockResults,    P::PrintCertificates};
}

bool Authorization::roleHas(Role role, Permission permission)
{
    using P = Permission;
    switch (role) {
    case Role::Committee:
        // Everything but the judges' own decisions (issue 5: "only judges record tie decisions").
        return permission != P::RecordTieDecisions;
    case Role::Author:
        return permission == P::EditQuestions || permission == P::TransferQuestions ||
               permission == P::ViewAnswerKeys;
    case Role::Judge:
        return permission == P::RecordTieDecisions || permission == P::ViewResults;
    case Role::Secretary:
        return permission == P::PrintCertificates || permission == P::ViewResults;
    }
    return false;
}

QString Authorization::actionText(Permission permission)
{
    switch (permission) {
    case Permission::ManageUsers:
        return tr("manage user accounts");
    case Permission::EditSettings:
        return tr("change the contest settings");
    case Permission::EditUnits:
        return tr("change the units or the exclusion list");
    case Permission::EditQuestions:
        return tr("change the question bank");
    case Permission::TransferQuestions:
        return tr("export the question bank");
    case Permission::ViewAnswerKeys:
        return tr("see the answer keys");
    case Permission::PublishAndSync:
        return tr("publish to the server or import submissions");
    case Permission::ViewResults:
        return tr("see the results");
    case Permission::RecordTieDecisions:
        return tr("record or withdraw tie decisions");
    case Permission::LockResults:
        return tr("lock or unlock the results");
    case Permission::PrintCertificates:
        return tr("print certificates or award lists");
    }
    return {};
}

bool Authorization::isSetupMode(Database& db)
{
    QSqlQuery q = db.exec(QStringLiteral("SELECT 1 FROM users LIMIT 1"));
    return !q.next();
}

bool Authorization::allows(Database& db, Permission permission)
{
    if (const auto user = Session::current())
        return roleHas(user->role, permission);
    return isSetupMode(db);
}

void Authorization::refuse(Database& db, const QString& action)
{
    Q_UNUSED(db);
    if (const auto user = Session::current()) {
        throw UserError(tr("Account %1 (%2) is not allowed to %3")
                            .arg(user->username, Roles::label(user->role), action));
    }
    throw UserError(
        tr("This database has user accounts: log in first (contestctl --user NAME) to %1")
            .arg(action));
}

void Authorization::require(Database& db, Permission permission)
{
    if (!allows(db, permission))
        refuse(db, actionText(permission));
}

bool Authorization::canSeeAnswerKeys(Database& db)
{
    if (allows(db, Permission::ViewAnswerKeys))
        return true;
    if (!allows(db, Permission::ViewResults))
        return false;
    const auto settings = StoredContestSettings::read(db);
    if (!settings)
        return false;
    return QDateTime::currentMSecsSinceEpoch() >= settings->closesAt.utcMs;
}

void Authorization::requireAnswerKeys(Database& db)
{
    if (!canSeeAnswerKeys(db))
        refuse(db, tr("see the answer keys before the contest closes"));
}
