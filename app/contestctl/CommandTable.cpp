#include "CommandAccess.h"
#include "CtlCommands.h"

#include <QHash>

QList<CtlCommand> allCommands()
{
    return contestCommands() + unitCommands() + questionCommands() + submissionCommands() +
           auditCommands() + resultsCommands() + syncCommands() + printCommands() + userCommands() +
           reportCommands() + backupCommands() + integrityCommands() + topicCommands();
}

std::optional<CtlAccess> commandAccess(const QStringList& words)
{
    using P = Permission;
    using A = CtlAccess;
    // Every command of allCommands(), by its words. A command that reads only what any
    // account may see says so; one whose service decides case by case says which service.
    static const QHash<QString, CtlAccess> table = {
        {QStringLiteral("init"), A::needs(P::EditSettings)},
        {QStringLiteral("contest set"), A::needs(P::EditSettings)},
        {QStringLiteral("contest show"),
         A::anyAccount("the contest's settings are known to everyone who works on it")},
        {QStringLiteral("contest blueprint"),
         A::anyAccount("counts of questions per topic, no question's content")},
        {QStringLiteral("demo"), A::needs(P::EditSettings)},

        {QStringLiteral("topics list"), A::anyAccount("topic codes and names, no question's content")},
        // Topics are contest data, like the settings: the committee's.
        {QStringLiteral("topics add"), A::needs(P::EditSettings)},
        {QStringLiteral("topics rename"), A::needs(P::EditSettings)},
        {QStringLiteral("topics retire"), A::needs(P::EditSettings)},

        {QStringLiteral("units import"), A::needs(P::EditUnits)},
        {QStringLiteral("units list"), A::anyAccount("the units and their headcounts are public")},
        {QStringLiteral("exclusions import"), A::needs(P::EditUnits)},
        // The excluded people's ID numbers and names: results data.
        {QStringLiteral("exclusions list"), A::needs(P::ViewResults)},

        {QStringLiteral("questions import"), A::needs(P::EditQuestions)},
        {QStringLiteral("questions export"), A::needs(P::TransferQuestions)},
        {QStringLiteral("questions list"),
         A::anyAccount("QuestionRepository hides the answer keys and explanations from whoever "
                       "may not see them")},
        {QStringLiteral("questions approve"), A::needs(P::EditQuestions)},
        {QStringLiteral("questions history"),
         A::anyAccount("QuestionRepository hides the answer keys and explanations from whoever "
                       "may not see them")},
        {QStringLiteral("questions categories"),
         A::anyAccount("category names and topic codes, no question's content")},
        {QStringLiteral("questions map"), A::needs(P::EditQuestions)},
        // It changes the results: the committee's, as locking is.
        {QStringLiteral("questions rekey"), A::needs(P::LockResults)},
        {QStringLiteral("questions stats"),
         A::anyAccount("figures per question over all attempts: no contestant, no answer key")},

        {QStringLiteral("submissions import"), A::needs(P::PublishAndSync)},

        {QStringLiteral("audit verify"), A::needs(P::ViewResults)},
        {QStringLiteral("audit list"), A::needs(P::ViewResults)},

        {QStringLiteral("results"), A::needs(P::ViewResults)},
        {QStringLiteral("integrity"), A::needs(P::ViewResults)},
        {QStringLiteral("integrity decide"), A::needs(P::RecordTieDecisions)},
        {QStringLiteral("results lock"), A::needs(P::LockResults)},
        {QStringLiteral("results unlock"), A::needs(P::LockResults)},
        {QStringLiteral("ties list"), A::needs(P::ViewResults)},
        {QStringLiteral("ties decide"), A::needs(P::RecordTieDecisions)},

        {QStringLiteral("publish"), A::needs(P::PublishAndSync)},
        // What the contest site makes public: the committee's decision, like publishing.
        {QStringLiteral("publish results"), A::needs(P::PublishAndSync)},
        {QStringLiteral("publish certificates"), A::needs(P::PublishAndSync)},
        {QStringLiteral("sync"), A::needs(P::PublishAndSync)},
        {QStringLiteral("token set"),
         A::noDatabase("the token goes to the operating-system user's token store")},

        {QStringLiteral("print certificates"), A::needs(P::PrintCertificates)},
        {QStringLiteral("print award-list"), A::needs(P::PrintCertificates)},
        {QStringLiteral("print template export"), A::needs(P::PrintCertificates)},
        {QStringLiteral("print template import"), A::needs(P::PrintCertificates)},
        // A certificate names its recipient, their unit and prize: results data.
        {QStringLiteral("verify"), A::needs(P::ViewResults)},

        // Setup mode allows the first (committee) account without a login.
        {QStringLiteral("users add"), A::needs(P::ManageUsers)},
        {QStringLiteral("users list"), A::needs(P::ManageUsers)},
        {QStringLiteral("users passwd"),
         A::anyAccount("everyone changes their own password; UserRepository requires "
                       "ManageUsers for another account's")},
        {QStringLiteral("users role"), A::needs(P::ManageUsers)},
        {QStringLiteral("users disable"), A::needs(P::ManageUsers)},
        {QStringLiteral("users enable"), A::needs(P::ManageUsers)},
        {QStringLiteral("users unlock"), A::needs(P::ManageUsers)},

        {QStringLiteral("report progress"), A::needs(P::ViewResults)},
        {QStringLiteral("report units"), A::needs(P::ViewResults)},

        // A backup holds everything: answer keys, accounts, personal data.
        {QStringLiteral("backup"), A::needs(P::ManageUsers)},
        {QStringLiteral("restore"), A::needs(P::ManageUsers)},
        {QStringLiteral("backup before-sync"),
         A::anyAccount("shows the policy; changing it requires ManageUsers, checked by the "
                       "command")},
    };
    const auto it = table.constFind(words.join(QLatin1Char(' ')));
    if (it == table.cend())
        return std::nullopt;
    return *it;
}
