#pragma once

#include "Role.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class Database;

// What a person may do. Each permission is checked by the core service that does the
// thing (ResultsLock, TieDecisionRepository, ContestRepository, QuestionRepository...),
// so contestctl and the app obey the same rules; the app only hides what would be refused.
enum class Permission
{
    ManageUsers,        // add accounts, reset passwords, change roles, disable
    EditSettings,       // contest settings and topics
    EditUnits,          // units and the exclusion list
    EditQuestions,      // write, import and review questions
    TransferQuestions,  // export the bank (with its answers) and print the booklet
    ViewAnswerKeys,     // the correct options while the contest is open
    PublishAndSync,     // publish to the server, pull and import submissions
    ViewResults,        // the ranking, prizes, submissions, audit log
    RecordTieDecisions, // the judges' decisions on ties at a prize boundary
    LockResults,        // lock and unlock the results
    PrintCertificates,  // certificates, award lists and their layouts
};

// The one place that maps roles to permissions. A database without any account is in
// setup mode: everything is allowed, as before accounts existed, until the committee's
// first account is created; from then on every check needs a logged-in Session.
class Authorization
{
    Q_DECLARE_TR_FUNCTIONS(Authorization)
public:
    static QList<Permission> allPermissions();
    static bool roleHas(Role role, Permission permission);
    // "lock or unlock the results": completes "... may not %1".
    static QString actionText(Permission permission);

    static bool isSetupMode(Database& db); // no account exists yet
    static bool allows(Database& db, Permission permission);
    // Throws UserError naming the account, its role and what was refused.
    static void require(Database& db, Permission permission);

    // Answer keys: authors and the committee always; once the contest window has closed,
    // also everyone who may see the results (the keys are then public anyway).
    static bool canSeeAnswerKeys(Database& db);
    static void requireAnswerKeys(Database& db);

private:
    [[noreturn]] static void refuse(Database& db, const QString& action);
};
