#pragma once

#include "submissions/SubmissionStore.h"

#include <QDateTime>
#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

class BackgroundSync;
class Database;
class PublishPanel;
class SyncProgressDialog;
class ServerSession;
class ServerSettingsPanel;
class TokenStore;
class QLabel;
class QPushButton;
class QTimer;

// The "Online server" area: server settings, publishing the package (the contest
// window) and pulling submissions, by hand or every N minutes while the app is open.
//
// The sync runs on a thread of its own (BackgroundSync, with its own connection): the
// window stays usable meanwhile, the progress dialog shows it and can cancel it. The
// window asks before it closes the database during a sync (stopSync()).
class ServerArea : public QWidget
{
    Q_OBJECT
public:
    explicit ServerArea(Database& db, QWidget* parent = nullptr);
    ~ServerArea() override;

    bool isSyncing() const { return m_syncing; }
    // Cancels a running sync and waits for it to end: the page in hand is stored (with its
    // cursor) or not at all, so nothing is lost; the status line says so. Does nothing when
    // no sync runs.
    void stopSync();

    // The last sync of this session, kept as data so that a new window (another language)
    // says it again in its own words.
    struct SyncStatus
    {
        QDateTime at;
        StoreSummary stored;
        QString error; // empty: it worked
    };
    std::optional<SyncStatus> syncStatus() const { return m_lastSync; }
    void restoreSyncStatus(const SyncStatus& status);

    // Test hook: how long "a minute" of the automatic sync lasts (60,000 ms unless set).
    static void setMinuteForTests(int milliseconds);

public Q_SLOTS:
    void syncNow();  // with the progress dialog
    void autoSync(); // quietly: the result goes into the status line

Q_SIGNALS:
    // A sync stored something: the Submissions area reloads on it.
    void submissionsStored();

private:
    void runSync(bool interactive);
    void startWorker();
    void syncEnded();
    void finishSync(const StoreSummary& stored, const QString& error, bool cancelled);
    void applyAutoSync();
    static QString explain(const QString& message);
    void showSyncStatus();

    Database& m_db;
    std::unique_ptr<TokenStore> m_tokens;
    std::unique_ptr<ServerSession> m_session;
    ServerSettingsPanel* m_settingsPanel = nullptr;
    PublishPanel* m_publishPanel = nullptr;
    QPushButton* m_syncButton = nullptr;
    QLabel* m_syncLabel = nullptr;
    QTimer* m_autoSyncTimer = nullptr;
    bool m_syncing = false;
    bool m_interactive = false; // the running sync was started by hand
    int m_attempt = 0;          // 1 after the certificate was pinned during this sync
    BackgroundSync* m_sync = nullptr;
    QPointer<SyncProgressDialog> m_dialog;
    std::optional<SyncStatus> m_lastSync;
};
