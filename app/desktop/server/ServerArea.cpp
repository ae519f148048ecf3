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
#include "sync/BackgroundSync.h"
#include "sync/ServerClient.h"
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

    m_sync = new BackgroundSync(m_db, this);
    connect(m_sync, &BackgroundSync::finished, this, &ServerArea::syncEnded);

    m_autoSyncTimer = new QTimer(this);
    m_autoSyncTimer->setObjectName(QStringLiteral("autoSyncTimer"));
    connect(m_autoSyncTimer, &QTimer::timeout, this, &ServerArea::autoSync);
    connect(m_settingsPanel, &ServerSettingsPanel::saved, this, &ServerArea::applyAutoSync);
    applyAutoSync();
}

ServerArea::~ServerArea()
{
    // The worker holds a connection to m_db's database: it ends before the area does
    // (the window asked first, see stopSync()).
    m_sync->cancel();
    m_sync->wait();
}

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
    m_interactive = interactive;
    m_attempt = 0;
    m_syncButton->setEnabled(false);
    m_dialog = nullptr;
    if (interactive) {
        m_dialog = new SyncProgressDialog(this);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_dialog, &SyncProgressDialog::cancelRequested, m_sync, &BackgroundSync::cancel);
        connect(m_sync, &BackgroundSync::progress, m_dialog, &SyncProgressDialog::showProgress);
        m_dialog->open();
    }
    try {
        // The backup before each sync (File > Backup before each sync), when one is set:
        // no backup, no sync.
        BackupBeforeSync(m_db).run();
        startWorker();
    } catch (const UserError& e) {
        finishSync({}, explain(e.message()), false);
    } catch (const EnvironmentError& e) {
        finishSync({}, explain(e.message()), false);
    }
}

void ServerArea::startWorker()
{
    BackgroundSync::Job job;
    job.config = m_session->config();
    job.pageLimit = pageLimit;
    // Short transactions: a page or a search in the window waits for none of them long.
    job.transactionItems = 20000;
    job.transactionMs = 250;
    m_sync->start(job);
}

void ServerArea::stopSync()
{
    if (!m_syncing)
        return;
    m_interactive = false; // no pinning question now: the window is closing the database
    m_sync->cancel();
    m_sync->wait();
    syncEnded(); // now, not when finished() arrives: the caller deletes this area next
}

void ServerArea::syncEnded()
{
    if (!m_syncing || m_sync->isRunning())
        return; // a finished() of a run stopSync() already handled
    const BackgroundSync::Outcome outcome = m_sync->outcome();
    QString error;
    if (outcome.error) {
        try {
            try {
                std::rethrow_exception(outcome.error);
            } catch (const CertificateError& e) {
                // Pinned once already, or an automatic sync: say so instead of asking.
                if (m_attempt > 0)
                    throw;
                if (!m_session->askToPin(e, m_interactive)) {
                    error = tr("Not synced: the server's certificate was not pinned.");
                } else {
                    m_settingsPanel->load(); // show the new pin
                    ++m_attempt;
                    startWorker();
                    return;
                }
            }
        } catch (const UserError& e) {
            error = explain(e.message());
        } catch (const EnvironmentError& e) {
            error = explain(e.message());
        }
    }
    finishSync(outcome.stored, error, outcome.cancelled);
}

void ServerArea::finishSync(const StoreSummary& stored, const QString& error, bool cancelled)
{
    m_lastSync = SyncStatus{QDateTime::currentDateTime(), stored, error};
    showSyncStatus();
    if (m_dialog) {
        disconnect(m_sync, nullptr, m_dialog, nullptr); // the next sync has a dialog of its own
        m_dialog->finish(stored.describe(), error, cancelled);
    }
    m_syncing = false;
    m_syncButton->setEnabled(true);
    if (stored.total() > 0)
        Q_EMIT submissionsStored();
}
