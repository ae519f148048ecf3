#include "UsersPage.h"

#include "accounts/AccountName.h"
#include "accounts/Login.h"
#include "contest/ContestRepository.h"
#include "core/ContestTime.h"

#include "AccountDialog.h"
#include "MessageBox.h"
#include "PasswordFields.h"
#include "accounts/Authorization.h"
#include "accounts/LoginThrottle.h"
#include "accounts/Session.h"
#include "accounts/UserRepository.h"
#include "core/Problem.h"

#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum Column
{
    NameColumn,
    DisplayColumn,
    RoleColumn,
    StateColumn,
    CreatedColumn,
    ColumnCount
};
} // namespace

UsersPage::UsersPage(Database& db, QWidget* parent) : QWidget(parent), m_db(db)
{
    setObjectName(QStringLiteral("usersPage"));
    auto* layout = new QVBoxLayout(this);
    auto* intro =
        new QLabel(tr("Committee members manage the accounts. Question authors write questions and "
                      "see the answer keys; judges decide ties; secretaries print certificates and "
                      "award lists. A disabled account can no longer log in; what it did stays in "
                      "the audit log."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("usersTableWidget"));
    m_table->setHorizontalHeaderLabels(
        {tr("User name"), tr("Full name"), tr("Role"), tr("State"), tr("Created")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    auto* row = new QHBoxLayout;
    auto button = [&](const QString& text, const QString& name, void (UsersPage::*slot)()) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(name);
        connect(b, &QPushButton::clicked, this, slot);
        row->addWidget(b);
        return b;
    };
    m_addButton =
        button(tr("&Add account…"), QStringLiteral("addAccountButton"), &UsersPage::addAccount);
    m_passwordButton = button(tr("&Reset password…"), QStringLiteral("resetPasswordButton"),
                              &UsersPage::resetPassword);
    m_roleButton =
        button(tr("Change &role…"), QStringLiteral("changeRoleButton"), &UsersPage::changeRole);
    m_disableButton =
        button(tr("&Disable"), QStringLiteral("disableButton"), &UsersPage::toggleDisabled);
    m_unlockButton =
        button(tr("&Unlock"), QStringLiteral("unlockButton"), &UsersPage::unlockAccount);
    m_unlockButton->setToolTip(
        tr("Forget the failed logins: lifts the wait after %1 failures and the lockout after %2")
            .arg(LoginThrottle::kFreeFailures)
            .arg(LoginThrottle::kLockAfter));
    row->addStretch(1);
    layout->addLayout(row);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &UsersPage::updateButtons);
    reload();
}

void UsersPage::showDialog(Database& db, QWidget* parent)
{
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("usersDialog"));
    dialog.setWindowTitle(tr("User accounts"));
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(new UsersPage(db, &dialog), 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.resize(760, 420);
    dialog.exec();
}

void UsersPage::reload()
{
    const QString keep = selectedUser();
    QList<User> users;
    try {
        users = UserRepository(m_db).list();
    } catch (const EnvironmentError& e) {
        MessageBox::critical(this, tr("User accounts"), e.message());
    }
    m_table->setRowCount(static_cast<int>(users.size()));
    // The contest's zone, as every time the committee reads (issue 14).
    const int offset = ContestRepository(m_db).loadOrDefaults().timezoneOffsetMinutes;
    for (int r = 0; r < users.size(); ++r) {
        const User& u = users.at(r);
        const LoginThrottle::State failed = LoginThrottle(m_db).state(u.username);
        QString state = u.disabled ? tr("disabled") : tr("active");
        if (failed.locked())
            state += tr(", locked after %1 failed logins").arg(failed.failures);
        else if (failed.failures > 0)
            state += tr(", %1 failed login(s)").arg(failed.failures);
        const QStringList cells = {u.username, u.displayName, Roles::label(u.role), state,
                                   ContestTime::formatStored(u.createdAt, offset)};
        for (int c = 0; c < ColumnCount; ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            if (c == NameColumn)
                item->setData(Qt::UserRole, u.username);
            if (c == StateColumn) {
                item->setData(Qt::UserRole, u.disabled);
                item->setData(Qt::UserRole + 1, failed.failures);
            }
            if (u.disabled)
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            m_table->setItem(r, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    selectUser(keep);
    updateButtons();
}

void UsersPage::selectUser(const QString& username)
{
    for (int r = 0; r < m_table->rowCount(); ++r) {
        if (AccountName::key(m_table->item(r, NameColumn)->text()) == AccountName::key(username)) {
            m_table->selectRow(r);
            return;
        }
    }
}

QString UsersPage::selectedUser() const
{
    const QList<QTableWidgetItem*> items = m_table->selectedItems();
    for (QTableWidgetItem* item : items) {
        if (item->column() == NameColumn)
            return item->data(Qt::UserRole).toString();
    }
    return {};
}

void UsersPage::updateButtons()
{
    const bool manage = Authorization::allows(m_db, Permission::ManageUsers);
    const QString user = selectedUser();
    const auto me = Session::current();
    const bool own =
        me && !user.isEmpty() && AccountName::key(me->username) == AccountName::key(user);
    m_addButton->setEnabled(manage || Authorization::isSetupMode(m_db));
    m_passwordButton->setEnabled(!user.isEmpty() && (manage || own));
    m_roleButton->setEnabled(!user.isEmpty() && manage);
    m_disableButton->setEnabled(!user.isEmpty() && manage);
    bool disabled = false;
    int failures = 0;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        if (m_table->item(r, NameColumn)->data(Qt::UserRole).toString() == user) {
            disabled = m_table->item(r, StateColumn)->data(Qt::UserRole).toBool();
            failures = m_table->item(r, StateColumn)->data(Qt::UserRole + 1).toInt();
        }
    }
    m_disableButton->setText(disabled ? tr("&Enable") : tr("&Disable"));
    m_unlockButton->setEnabled(!user.isEmpty() && manage && failures > 0);
}

void UsersPage::run(const QString& title, const std::function<void()>& change)
{
    try {
        change();
    } catch (const UserError& e) {
        MessageBox::warning(this, title, e.message());
    } catch (const EnvironmentError& e) {
        MessageBox::critical(this, title, e.message());
    }
    reload();
}

void UsersPage::addAccount()
{
    const bool first = Authorization::isSetupMode(m_db);
    const QString title = first ? tr("Create the administrator account") : tr("Add account");
    const auto answer = AccountDialog::ask(
        this, title,
        first ? tr("The first account is the committee's administrator; it can add the others.")
              : QString(),
        first ? std::optional<Role>(Role::Committee) : std::nullopt);
    if (!answer)
        return;
    run(title, [&] {
        UserRepository(m_db).create(answer->username, answer->displayName, answer->role,
                                    answer->password);
        if (first)
            Login::logIn(m_db, answer->username, answer->password);
    });
    selectUser(answer->username);
}

void UsersPage::resetPassword()
{
    const QString user = selectedUser();
    if (user.isEmpty())
        return;
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("passwordDialog"));
    dialog.setWindowTitle(tr("New password for %1").arg(user));
    auto* layout = new QVBoxLayout(&dialog);
    auto* fields = new PasswordFields(&dialog);
    layout->addWidget(fields);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    layout->addWidget(buttons);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(false);
    connect(fields, &PasswordFields::changed, &dialog,
            [&] { ok->setEnabled(fields->isAcceptable()); });
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    run(tr("Reset password"),
        [&] { UserRepository(m_db).changePassword(user, fields->password()); });
}

void UsersPage::changeRole()
{
    const QString user = selectedUser();
    if (user.isEmpty())
        return;
    QStringList labels;
    for (Role r : Roles::all())
        labels << Roles::label(r);
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        this, tr("Change role"), tr("New role of %1:").arg(user), labels, 0, false, &ok);
    if (!ok)
        return;
    const Role role = Roles::all().at(labels.indexOf(chosen));
    run(tr("Change role"), [&] { UserRepository(m_db).changeRole(user, role); });
}

void UsersPage::toggleDisabled()
{
    const QString user = selectedUser();
    if (user.isEmpty())
        return;
    const auto found = UserRepository(m_db).find(user);
    if (!found)
        return;
    const bool disable = !found->disabled;
    if (disable &&
        MessageBox::question(this, tr("Disable account"),
                             tr("Disable %1? The account can no longer log in.").arg(user)) !=
            QMessageBox::Yes)
        return;
    run(disable ? tr("Disable account") : tr("Enable account"),
        [&] { UserRepository(m_db).setDisabled(user, disable); });
}

void UsersPage::unlockAccount()
{
    const QString user = selectedUser();
    if (user.isEmpty())
        return;
    run(tr("Unlock account"), [&] { UserRepository(m_db).unlock(user); });
}
