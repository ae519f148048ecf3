#include "AccountAccess.h"

#include "CreateAdministratorDialog.h"
#include "LoginDialog.h"
#include "accounts/Authorization.h"
#include "accounts/Session.h"
#include "storage/Database.h"

bool AccountAccess::begin(Database& db, QWidget* parent, Start start)
{
    if (Authorization::isSetupMode(db)) {
        // Whoever was logged in to another database is nobody here.
        if (Session::current())
            Session::end();
        if (start == Start::FirstStart)
            return CreateAdministratorDialog::run(db, parent);
        return true;
    }
    return LoginDialog::logIn(db, parent);
}

QString AccountAccess::statusText(Database& db)
{
    if (const auto user = Session::current())
        return tr("Logged in: %1 (%2)").arg(user->displayName, Roles::label(user->role));
    if (Authorization::isSetupMode(db))
        return tr("Setup mode: no user accounts yet");
    return tr("Not logged in");
}
