#include "CreateAdministratorDialog.h"

#include "AccountDialog.h"
#include "MessageBox.h"
#include "accounts/Login.h"
#include "accounts/Session.h"
#include "accounts/UserRepository.h"
#include "core/Problem.h"
#include "storage/Database.h"

bool CreateAdministratorDialog::run(Database& db, QWidget* parent)
{
    const QString title = tr("Create the administrator account");
    const QString intro =
        tr("<b>%1</b> has no user accounts yet. Create the account of the contest committee's "
           "administrator: it can add the other accounts (question authors, judges, secretaries). "
           "From then on everyone logs in, in this application and in contestctl.")
            .arg(db.displayName().toHtmlEscaped());
    for (;;) {
        const std::optional<AccountDialog::Answer> a =
            AccountDialog::ask(parent, title, intro, Role::Committee);
        if (!a) {
            // Cancel used to quit without a word (issue 14): say what it means, and ask.
            const auto answer = MessageBox::question(
                parent, title,
                tr("Contest Admin needs the administrator's account before it opens %1: the "
                   "account is what keeps the results, the answer keys and the personal data "
                   "to the people allowed to see them.\n\nQuit without creating it? (Nothing "
                   "is changed; the next start asks again.)")
                    .arg(db.displayName()),
                QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
            if (answer == QMessageBox::Yes)
                return false;
            continue;
        }
        try {
            UserRepository(db).create(a->username, a->displayName, Role::Committee, a->password);
            Login::logIn(db, a->username, a->password);
            return true;
        } catch (const UserError& e) {
            MessageBox::warning(parent, title, e.message());
        }
    }
}
