#include "LoginDialog.h"

#include "accounts/Login.h"
#include "accounts/Session.h"
#include "core/Problem.h"
#include "storage/Database.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <optional>

namespace {
struct Credentials
{
    QString user;
    QString password;
};
std::optional<Credentials> s_next;
QString s_lastError;
} // namespace

LoginDialog::LoginDialog(Database& db, QWidget* parent) : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(tr("Log in"));
    auto* layout = new QVBoxLayout(this);
    auto* intro =
        new QLabel(tr("<b>%1</b><br>This contest database has user accounts. Log in with yours.")
                       .arg(db.displayName().toHtmlEscaped()),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("userLineEdit"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordLineEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_okButton = buttons->button(QDialogButtonBox::Ok);
    m_okButton->setText(tr("&Log in"));
    m_okButton->setObjectName(QStringLiteral("logInButton"));
    m_okButton->setEnabled(false);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);
    connect(m_user, &QLineEdit::textChanged, this,
            [this](const QString& text) { m_okButton->setEnabled(!text.trimmed().isEmpty()); });
    setMinimumWidth(380);
}

void LoginDialog::accept()
{
    try {
        Login::logIn(m_db, m_user->text(), m_password->text());
    } catch (const UserError& e) {
        m_error->setText(e.message());
        m_error->show();
        m_password->clear();
        m_password->setFocus();
        return;
    }
    QDialog::accept();
}

bool LoginDialog::logIn(Database& db, QWidget* parent)
{
    if (s_next) {
        const Credentials c = *s_next;
        s_next.reset();
        if (c.user.isNull())
            return false;
        try {
            Login::logIn(db, c.user, c.password);
            s_lastError.clear();
            return true;
        } catch (const UserError& e) {
            s_lastError = e.message();
            return false;
        }
    }
    LoginDialog dialog(db, parent);
    return dialog.exec() == QDialog::Accepted;
}

void LoginDialog::setNextCredentials(const QString& user, const QString& password)
{
    s_next = Credentials{user, password};
}

QString LoginDialog::lastError()
{
    return s_lastError;
}
