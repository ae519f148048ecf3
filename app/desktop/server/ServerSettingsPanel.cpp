#include "ServerSettingsPanel.h"

#include "FileDialog.h"
#include "MessageBox.h"
#include "ServerSettings.h"
#include "core/Problem.h"
#include "storage/Database.h"
#include "sync/TokenStore.h"

#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

ServerSettingsPanel::ServerSettingsPanel(Database& db, TokenStore& tokens, QWidget* parent)
    : QGroupBox(tr("Server settings"), parent), m_db(db), m_tokens(tokens)
{
    setObjectName(QStringLiteral("serverSettingsGroupBox"));
    auto* form = new QFormLayout(this);

    m_urlEdit = new QLineEdit(this);
    m_urlEdit->setObjectName(QStringLiteral("serverUrlLineEdit"));
    m_urlEdit->setPlaceholderText(QStringLiteral("https://thi.sonha.gov.vn"));
    form->addRow(tr("Server &address:"), m_urlEdit);

    auto* caRow = new QHBoxLayout;
    m_caFileEdit = new QLineEdit(this);
    m_caFileEdit->setObjectName(QStringLiteral("caFileLineEdit"));
    m_caFileEdit->setPlaceholderText(tr("none: only the certificates this computer trusts"));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("browseCaPushButton"));
    connect(browse, &QPushButton::clicked, this, &ServerSettingsPanel::browseCaFile);
    caRow->addWidget(m_caFileEdit, 1);
    caRow->addWidget(browse);
    // A row that is a layout gets no buddy from addRow: without one the label would show
    // its '&' as text ("Tệp C&A", issue 14) and Alt+letter would reach nothing.
    auto* caLabel = new QLabel(tr("Extra &CA file:"), this);
    caLabel->setBuddy(m_caFileEdit);
    form->addRow(caLabel, caRow);

    auto* pinRow = new QHBoxLayout;
    m_pinLabel = new QLabel(this);
    m_pinLabel->setObjectName(QStringLiteral("pinLabel"));
    m_pinLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pinLabel->setFont(QFont(QStringLiteral("monospace")));
    m_forgetPinButton = new QPushButton(tr("&Forget pin"), this);
    m_forgetPinButton->setObjectName(QStringLiteral("forgetPinPushButton"));
    connect(m_forgetPinButton, &QPushButton::clicked, this, &ServerSettingsPanel::forgetPin);
    pinRow->addWidget(m_pinLabel, 1);
    pinRow->addWidget(m_forgetPinButton);
    form->addRow(tr("Pinned certificate:"), pinRow);

    m_tokenEdit = new QLineEdit(this);
    m_tokenEdit->setObjectName(QStringLiteral("tokenLineEdit"));
    m_tokenEdit->setEchoMode(QLineEdit::Password);
    m_tokenEdit->setPlaceholderText(
        tr("type or paste a new token; leave empty to keep the saved one"));
    form->addRow(tr("API &token:"), m_tokenEdit);
    m_tokenLabel = new QLabel(this);
    m_tokenLabel->setObjectName(QStringLiteral("tokenLocationLabel"));
    m_tokenLabel->setWordWrap(true);
    m_tokenLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(QString(), m_tokenLabel);

    m_autoSyncSpin = new QSpinBox(this);
    m_autoSyncSpin->setObjectName(QStringLiteral("autoSyncSpinBox"));
    m_autoSyncSpin->setRange(0, 24 * 60);
    m_autoSyncSpin->setSpecialValueText(tr("never"));
    m_autoSyncSpin->setSuffix(tr(" min"));
    form->addRow(tr("Sync &automatically every:"), m_autoSyncSpin);

    auto* saveButton = new QPushButton(tr("&Save server settings"), this);
    saveButton->setObjectName(QStringLiteral("saveServerPushButton"));
    connect(saveButton, &QPushButton::clicked, this, &ServerSettingsPanel::save);
    form->addRow(QString(), saveButton);
    load();
}

void ServerSettingsPanel::load()
{
    const ServerSettings s = ServerSettings::load(m_db.location());
    m_urlEdit->setText(s.url);
    m_caFileEdit->setText(QDir::toNativeSeparators(s.caFile));
    // 95 characters without a space do not wrap: shown as two lines of 16 bytes each.
    QString pin = QString::fromLatin1(s.pinnedSha256);
    if (pin.size() > 48 && pin.at(47) == QLatin1Char(':'))
        pin.replace(47, 1, QStringLiteral(":\n"));
    m_pinLabel->setText(pin.isEmpty() ? tr("none") : pin);
    m_forgetPinButton->setEnabled(!s.pinnedSha256.isEmpty());
    m_autoSyncSpin->setValue(s.autoSyncMinutes);
    m_tokenEdit->clear();
    showTokenState(s.serverKey());
}

void ServerSettingsPanel::showTokenState(const QString& serverKey)
{
    if (serverKey.isEmpty()) {
        m_tokenLabel->setText(tr("Enter the server's address, then its token."));
        return;
    }
    QString where;
    if (m_tokens.backend() == TokenStore::Backend::Keychain)
        where = tr("in the system keychain");
    else
        where = tr("in a file readable only by you: %1, because no keychain is available")
                    .arg(QDir::toNativeSeparators(m_tokens.fallbackPath(serverKey)));
    bool stored = false;
    try {
        const std::optional<QByteArray> token = m_tokens.read(serverKey);
        stored = token && !token->isEmpty();
    } catch (const EnvironmentError& e) {
        m_tokenLabel->setText(e.message());
        return;
    }
    m_tokenLabel->setText(
        stored ? tr("A token for this server is saved %1.").arg(where)
               : tr("No token saved for this server yet. It will be kept %1.").arg(where));
}

bool ServerSettingsPanel::save()
{
    ServerSettings s = ServerSettings::load(m_db.location());
    const QString oldKey = s.serverKey();
    s.url = m_urlEdit->text().trimmed();
    const QUrl url(s.url, QUrl::StrictMode);
    if (url.scheme() != QLatin1String("https") || url.host().isEmpty()) {
        MessageBox::warning(this, tr("Server settings"),
                            tr("The server address must start with https:// and name a host, "
                               "for example https://thi.sonha.gov.vn"));
        return false;
    }
    s.caFile = QDir::fromNativeSeparators(m_caFileEdit->text().trimmed());
    if (!s.caFile.isEmpty() && !QFileInfo(s.caFile).isReadable()) {
        MessageBox::warning(this, tr("Server settings"),
                            tr("The CA file %1 cannot be read.").arg(m_caFileEdit->text()));
        return false;
    }
    // A pin belongs to one server: another address must be confirmed again.
    if (s.serverKey() != oldKey)
        s.pinnedSha256.clear();
    s.autoSyncMinutes = m_autoSyncSpin->value();
    const QByteArray token = m_tokenEdit->text().trimmed().toUtf8();
    if (!token.isEmpty()) {
        try {
            m_tokens.write(s.serverKey(), token);
        } catch (const EnvironmentError& e) {
            MessageBox::critical(this, tr("Server settings"), e.message());
            return false;
        }
    }
    s.save(m_db.location());
    load(); // clears the token field: the token is never shown again
    Q_EMIT saved();
    return true;
}

void ServerSettingsPanel::browseCaFile()
{
    const QString file = FileDialog::getOpenFileName(
        this, tr("Extra CA file"), QFileInfo(m_caFileEdit->text()).path(),
        tr("PEM certificates (*.pem *.crt);;All files (*)"));
    if (!file.isEmpty())
        m_caFileEdit->setText(QDir::toNativeSeparators(file));
}

void ServerSettingsPanel::forgetPin()
{
    ServerSettings s = ServerSettings::load(m_db.location());
    s.pinnedSha256.clear();
    s.save(m_db.location());
    load();
}
