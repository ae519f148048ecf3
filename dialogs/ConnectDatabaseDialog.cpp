#include "ConnectDatabaseDialog.h"

#include "core/Problem.h"
#include "storage/Database.h"
#include "storage/DatabasePasswords.h"
#include "storage/Migrator.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {
ConnectDatabaseDialog::TestHook s_nextHook;

QString encoded(const QString& part)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(part));
}
} // namespace

ConnectDatabaseDialog::ConnectDatabaseDialog(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("connectDatabaseDialog"));
    setWindowTitle(tr("Connect to shared database"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("A PostgreSQL database on a server lets several people work on "
                                "the same contest. Ask its administrator for these details."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    m_host = new QLineEdit(QStringLiteral("localhost"), this);
    m_host->setObjectName(QStringLiteral("hostLineEdit"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("portSpinBox"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database = new QLineEdit(this);
    m_database->setObjectName(QStringLiteral("databaseLineEdit"));
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("userLineEdit"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordLineEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&Database name:"), m_database);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);

    m_remember = new QCheckBox(tr("&Remember the password"), this);
    m_remember->setObjectName(QStringLiteral("rememberCheckBox"));
    layout->addWidget(m_remember);
    auto* where = new QLabel(
        tr("It will be kept in %1.").arg(DatabasePasswords::storeDescription().toHtmlEscaped()),
        this);
    where->setObjectName(QStringLiteral("rememberWhereLabel"));
    where->setWordWrap(true);
    where->setIndent(20);
    layout->addWidget(where);

    auto* testButton = new QPushButton(tr("&Test connection"), this);
    testButton->setObjectName(QStringLiteral("testConnectionButton"));
    auto* testRow = new QHBoxLayout;
    testRow->addWidget(testButton);
    testRow->addStretch();
    layout->addLayout(testRow);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("testResultLabel"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_result);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_okButton = buttons->button(QDialogButtonBox::Ok);
    m_okButton->setText(tr("&Connect"));
    m_okButton->setObjectName(QStringLiteral("connectButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectDatabaseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ConnectDatabaseDialog::reject);
    connect(testButton, &QPushButton::clicked, this, &ConnectDatabaseDialog::testConnection);
    for (QLineEdit* edit : {m_host, m_database, m_user})
        connect(edit, &QLineEdit::textChanged, this, &ConnectDatabaseDialog::updateOk);
    updateOk();
    setMinimumWidth(440);
}

void ConnectDatabaseDialog::updateOk()
{
    // The storage reads the URL's whole path as the name, so a '/' in it cannot be reached.
    const bool slash = m_database->text().contains(QLatin1Char('/'));
    if (slash) {
        m_result->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_result->setText(tr("Database name: a name with '/' is not supported."));
    } else if (m_result->text().startsWith(tr("Database name:"))) {
        m_result->clear();
    }
    m_okButton->setEnabled(!slash && !m_host->text().trimmed().isEmpty() &&
                           !m_database->text().trimmed().isEmpty() &&
                           !m_user->text().trimmed().isEmpty());
}

QString ConnectDatabaseDialog::url() const
{
    return urlWithPassword(QString());
}

QString ConnectDatabaseDialog::urlWithPassword(const QString& password) const
{
    // Built by hand, not with QString::arg: arg() would read the "%3A" of an encoded name as
    // a placeholder.
    QString host = m_host->text().trimmed();
    if (host.contains(QLatin1Char(':')) && !host.startsWith(QLatin1Char('[')))
        host = QLatin1Char('[') + host + QLatin1Char(']'); // IPv6 address
    QString userInfo = encoded(m_user->text().trimmed());
    if (!password.isEmpty())
        userInfo += QLatin1Char(':') + encoded(password);
    return QStringLiteral("postgresql://") + userInfo + QLatin1Char('@') + host + QLatin1Char(':') +
           QString::number(m_port->value()) + QLatin1Char('/') +
           encoded(m_database->text().trimmed());
}

ConnectDatabaseDialog::Answer ConnectDatabaseDialog::answer() const
{
    return Answer{url(), m_password->text(), m_remember->isChecked()};
}

void ConnectDatabaseDialog::testConnection()
{
    const QString withPassword = urlWithPassword(m_password->text());
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QString text;
    bool ok = false;
    try {
        const std::unique_ptr<Database> db = Database::open(withPassword);
        const int version = Migrator(*db).currentVersion();
        ok = true;
        if (version == 0)
            text =
                tr("Connected (%1): empty database: it will be set up.").arg(db->dialect().name());
        else
            text = tr("Connected (%1): schema version %2 (this program: %3).")
                       .arg(db->dialect().name())
                       .arg(version)
                       .arg(Migrator::latestVersion());
    } catch (const EnvironmentError& e) {
        text = tr("Cannot connect: %1").arg(e.message());
    } catch (const UserError& e) {
        text = tr("Cannot connect: %1").arg(e.message());
    }
    QApplication::restoreOverrideCursor();
    m_result->setStyleSheet(ok ? QStringLiteral("color: #1b5e20;")
                               : QStringLiteral("color: #b00020;"));
    m_result->setText(text);
    // The server's message may take several lines: grow rather than squeeze the fields.
    adjustSize();
}

QString ConnectDatabaseDialog::testResult() const
{
    return m_result->text();
}

void ConnectDatabaseDialog::accept()
{
    if (!m_okButton->isEnabled())
        return;
    const Answer a = answer();
    try {
        if (a.remember && !a.password.isEmpty())
            DatabasePasswords::store(a.url, a.password);
        else if (!a.remember)
            DatabasePasswords::forget(a.url);
    } catch (const EnvironmentError& e) {
        m_result->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_result->setText(tr("The password cannot be remembered: %1").arg(e.message()));
        m_remember->setChecked(false);
        return;
    }
    if (!a.password.isEmpty())
        DatabasePasswords::rememberForSession(a.url, a.password);
    QDialog::accept();
}

std::optional<ConnectDatabaseDialog::Answer> ConnectDatabaseDialog::ask(QWidget* parent)
{
    ConnectDatabaseDialog dialog(parent);
    if (s_nextHook) {
        const TestHook hook = std::move(s_nextHook);
        s_nextHook = nullptr;
        hook(dialog);
        if (dialog.result() != QDialog::Accepted)
            return std::nullopt;
        return dialog.answer();
    }
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.answer();
}

void ConnectDatabaseDialog::setNextHook(TestHook hook)
{
    s_nextHook = std::move(hook);
}

namespace DatabasePasswordPrompt {

QString provide(const QUrl& location, QWidget* parent)
{
    if (const std::optional<QString> known = DatabasePasswords::known(location))
        return *known;
    bool ok = false;
    const QString password = QInputDialog::getText(
        parent, QCoreApplication::translate("DatabasePasswords", "Database password"),
        QCoreApplication::translate("DatabasePasswords", "Password for %1:")
            .arg(Database::displayNameOf(location.toString())),
        QLineEdit::Password, QString(), &ok);
    if (!ok)
        return QString();
    DatabasePasswords::rememberForSession(location.toString(QUrl::FullyEncoded), password);
    return password;
}

} // namespace DatabasePasswordPrompt
