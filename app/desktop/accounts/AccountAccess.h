#pragma once

#include <QCoreApplication>
#include <QString>

class Database;
class QWidget;

// Who works in the window: the login after a database is chosen, and the status bar's
// account label. Setup mode (no account yet) logs nobody in; at the application's first
// start it asks for the administrator account instead.
class AccountAccess
{
    Q_DECLARE_TR_FUNCTIONS(AccountAccess)
public:
    enum class Start
    {
        FirstStart,  // contest-admin starting: a database without accounts gets its administrator
        OpenDatabase // File > Open: setup mode is left as it is
    };
    // False when the user gave up (no login, no administrator): the database is not used.
    static bool begin(Database& db, QWidget* parent, Start start);
    // "Logged in: admin (committee)" or "Setup mode: no accounts yet".
    static QString statusText(Database& db);
};
