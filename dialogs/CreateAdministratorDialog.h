#pragma once

#include <QCoreApplication>

class Database;
class QWidget;

// The first start on a database without accounts: the committee's administrator account
// is created (AccountDialog with the role fixed) and logged in. Until then the database is
// in setup mode, where everything is allowed.
class CreateAdministratorDialog
{
    Q_DECLARE_TR_FUNCTIONS(CreateAdministratorDialog)
public:
    // True once the account exists and is logged in; false when the user cancelled.
    // A refused account (a name taken meanwhile) is said in a message box and asked again.
    static bool run(Database& db, QWidget* parent);
};
