#include "ServerArea.h"

#include "PublishPanel.h"
#include "ServerSession.h"
#include "ServerSettings.h"
#include "ServerSettingsPanel.h"
#include "SitePublishPanel.h"
#include "SyncProgressDialog.h"
#include "backup/BackupBeforeSync.h"
#include "core/Problem.h"
#include "storage/Database.h"
#include "sync/ServerClient.h"
#include "sync/SyncEngine.h"
#include "sync/TokenStore.h"

#include <QDateTime>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace {
// Small enough that storing one page never freezes the window noticeably.
constexpr int pageLimit = 200;
} // namespace

ServerArea::ServerArea(Database& db, QWidget* parent)
    : QWidget(parent), m_db(db), m_tokens(std::make_unique<TokenStore>())
{
    setObjectName(QStringLiteral("serverAreaWidget"));
    m_session = std::make_unique<ServerSession>(m_db, *m_tokens, this);

    auto* outer = new QVBoxLayout(this);
    auto* title = new QLabel(tr("Online server"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    outer->addWidget(title);

    auto* columns = new QHBoxLayout;
    m_settingsPanel = new ServerSettingsPanel(m_db, *m_tokens, this);
    auto* left = new QVBoxLayout;
    left->addWidget(m_settingsPanel);
    left->addStretch(1);
    columns->addLayout(left, 1);

    auto* right = new QVBoxLayout;
    m_publishPanel = new PublishPanel(m_db, *m_session, this);
    connect(m_publishPanel, &PublishPanel::pinChanged, m_settingsPanel, &ServerSettingsPanel::load);
    right->addWidget(m_publishPanel);
    auto* syncBox = new QGroupBox(tr("Submissions"), this);
    syncBox->setObjectName(QStringLiteral("syncGroupBox"));
    auto* syncLayout = new QVBoxLayout(syncBox);
    m_syncButton = new QPushButton(tr("S&ync now"), syncBox);
    m_syncButton->setObjectName(QStringLiteral("syncPushButton"));
    m_syncButton->setToolTip(tr("Pull the submissions the server received since the last sync."));
    connect(m_syncButton, &QPushButton::clicked, this, &ServerArea::syncNow);
    syncLayout->addWidget(m_syncButton, 0, Qt::AlignLeft);
    m_syncLabel = new QLabel(tr("Not synced in this session yet."), syncBox);
    m_syncLabel->setObjectName(QStringLiteral("syncStatusLabel"));
    m_syncLabel->setWordWrap(true);
    syncLayout->addWidget(m_syncLabel);
    right->addWidget(syncBox);
    auto* sitePanel = new SitePublishPanel(m_db, *m_session, this);
    connect(sitePanel, &SitePublishPanel::pinChanged, m_settingsPanel, &ServerSettingsPanel::load);
    right->addWidget(sitePanel);
    right->addStretch(1);
    columns->addLayout(right, 1);
    outer->addLayout(columns, 1);

    m_autoSyncTimer = new QTimer(this);
    m_autoSyncTimer->setObjectName(QStringLiteral("autoSyncTimer"));
    connect(m_autoSyncTimer, &QTimer::timeout, this, &ServerArea::autoSync);
    connect(m_settingsPanel, &ServerSettingsPanel::saved, this, &ServerArea::applyAutoSync);
    applyAutoSync();
}

ServerArea::~ServerArea() = default;

namespace {
int minuteMs = 60 * 1000;
} // namespace

void ServerArea::setMinuteForTests(int milliseconds)
{
    minuteMs = milliseconds;
}

void ServerArea::applyAutoSync()
{
    const int minutes = ServerSettings::load(m_db.location()).autoSyncMinutes;
    if (minutes > 0)
        m_autoSyncTimer->start(minutes * minuteMs);
    else
        m_autoSyncTimer->stop();
}

void ServerArea::syncNow()
{
    runSync(true);
}

void ServerArea::autoSync()
{
    // Never two at once: a sync by hand may still be running when the timer fires.
    if (!m_syncing)
        runSync(false);
}

QString ServerArea::explain(const QString& message)
{
    if (message.contains(QLatin1String("HTTP 401")))
        return tr("The server refused the token: enter the right one under Server settings. "
                  "(%1)")
            .arg(message);
    if (message.contains(QLatin1String("malformed page")))
        return tr("The server sent a page that cannot be read; nothing of that page was stored, "
                  "everything before it was. Try again later or tell the server's operator. (%1)")
            .arg(message);
    return message;
}

void ServerArea::restoreSyncStatus(const SyncStatus& status)
{
    m_lastSync = status;
    showSyncStatus();
}

void ServerArea::showSyncStatus()
{
    if (!m_lastSync)
        return;
    const QString when = QLocale().toString(m_lastSync->at.time(), QLocale::ShortFormat);
    const QString stored = m_lastSync->stored.describe();
    m_syncLabel->setText(m_lastSync->error.isEmpty()
                             ? tr("Last sync at %1: %2").arg(when, stored)
                             : tr("Last sync at %1 failed: %2 Stored before that: %3")
                                   .arg(when, m_lastSync->error, stored));
}

void ServerArea::runSync(bool interactive)
{
    if (m_syncing)
        return;
    m_syncing = true;
    m_syncButton->setEnabled(false);
    QPointer<SyncProgressDialog> dialog;
    if (interactive) {
        dialog = new SyncProgressDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    }
    StoreSummary stored;
    QString error;
    bool cancelled = false;
    bool declined = false;
    try {
        // The backup before each sync (File > Backup before each sync), when one is set:
        // no backup, no sync.
        BackupBeforeSync(m_db).run();
        declined = !m_session->run(
            [&](ServerClient& client) {
                SyncEngine engine(m_db, client);
                engine.setPageLimit(pageLimit);
                // The window repaints between transactions only: keep them short.
                engine.setTransactionLimits(20000, 250);
                if (dialog) {
                    connect(&engine, &SyncEngine::progress, dialog,
                            &SyncProgressDialog::showProgress);
                    connect(dialog, &SyncProgressDialog::cancelRequested, &engine,
                            [&engine] { engine.cancel(); });
                }
                try {
                    engine.run();
                } catch (...) {
                    stored = engine.stored(); // what was stored before the failure stays
                    throw;
                }
                stored = engine.stored();
                cancelled = engine.wasCancelled();
            },
            interactive);
    } catch (const UserError& e) {
        error = explain(e.message());
    } catch (const EnvironmentError& e) {
        error = explain(e.message());
    }
    if (declined)
        error = tr("Not synced: the server's certificate was not pinned.");
    if (m_session->pinned())
        m_settingsPanel->load(); // show the new pin
    m_lastSync = SyncStatus{QDateTime::currentDateTime(), stored, error};
    showSyncStatus();
    if (dialog)
        dialog->finish(stored.describe(), error, cancelled);
    m_syncing = false;
    m_syncButton->setEnabled(true);
    if (stored.total() > 0)
        Q_EMIT submissionsStored();
}
