#include "AccountDialog.h"

#include "PasswordFields.h"
#include "accounts/UserRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
std::optional<AccountDialog::Answer> s_next;
}

AccountDialog::AccountDialog(const QString& title, const QString& intro,
                             std::optional<Role> fixedRole, QWidget* parent)
    : QDialog(parent), m_fixedRole(fixedRole)
{
    setObjectName(QStringLiteral("accountDialog"));
    setWindowTitle(title);
    auto* layout = new QVBoxLayout(this);
    if (!intro.isEmpty()) {
        auto* label = new QLabel(intro, this);
        label->setWordWrap(true);
        layout->addWidget(label);
    }
    auto* form = new QFormLayout;
    m_username = new QLineEdit(this);
    m_username->setObjectName(QStringLiteral("usernameLineEdit"));
    m_username->setPlaceholderText(tr("e.g. nguyen.van.an"));
    m_displayName = new QLineEdit(this);
    m_displayName->setObjectName(QStringLiteral("displayNameLineEdit"));
    m_displayName->setPlaceholderText(tr("e.g. Nguyễn Văn An"));
    form->addRow(tr("&User name:"), m_username);
    form->addRow(tr("&Full name:"), m_displayName);
    if (!fixedRole) {
        m_role = new QComboBox(this);
        m_role->setObjectName(QStringLiteral("roleComboBox"));
        for (Role r : Roles::all())
            m_role->addItem(Roles::label(r), static_cast<int>(r));
        m_role->setCurrentIndex(m_role->findData(static_cast<int>(Role::Secretary)));
        form->addRow(tr("&Role:"), m_role);
    }
    layout->addLayout(form);
    m_password = new PasswordFields(this);
    layout->addWidget(m_password);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_okButton = buttons->button(QDialogButtonBox::Ok);
    m_okButton->setObjectName(QStringLiteral("createButton"));
    m_okButton->setText(tr("&Create account"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_username, &QLineEdit::textChanged, this, &AccountDialog::updateState);
    connect(m_password, &PasswordFields::changed, this, &AccountDialog::updateState);
    setMinimumWidth(420);
    updateState();
}

void AccountDialog::updateState()
{
    QString problem;
    if (!m_username->text().trimmed().isEmpty())
        problem = UserRepository::usernameProblem(m_username->text());
    // Password problems are said by the hint under the password fields, as they are typed.
    m_problem->setText(problem);
    m_okButton->setEnabled(!m_username->text().trimmed().isEmpty() && problem.isEmpty() &&
                           m_password->isAcceptable());
}

AccountDialog::Answer AccountDialog::answer() const
{
    Answer a;
    a.username = m_username->text().trimmed();
    a.displayName = m_displayName->text().trimmed();
    a.role = m_fixedRole ? *m_fixedRole : static_cast<Role>(m_role->currentData().toInt());
    a.password = m_password->password();
    return a;
}

std::optional<AccountDialog::Answer> AccountDialog::ask(QWidget* parent, const QString& title,
                                                        const QString& intro,
                                                        std::optional<Role> fixedRole)
{
    if (s_next) {
        Answer a = *s_next;
        s_next.reset();
        if (a.username.isNull())
            return std::nullopt;
        if (fixedRole)
            a.role = *fixedRole;
        return a;
    }
    AccountDialog dialog(title, intro, fixedRole, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.answer();
}

void AccountDialog::setNextAnswer(const Answer& answer)
{
    s_next = answer;
}
