#pragma once

#include "submissions/SubmissionStore.h"

#include <QDateTime>
#include <QWidget>

#include <memory>
#include <optional>

class Database;
class PublishPanel;
class ServerSession;
class ServerSettingsPanel;
class TokenStore;
class QLabel;
class QPushButton;
class QTimer;

// The "Online server" area: server settings, publishing the package (the contest
// window) and pulling submissions, by hand or every N minutes while the app is open.
//
// SyncEngine fetches, reads and judges pages on a worker thread and stores them on the GUI
// thread; between transactions (at most 250 ms each here) it lets the window repaint and
// Cancel work, and it waits for the next page in a local event loop.
class ServerArea : public QWidget
{
    Q_OBJECT
public:
    explicit ServerArea(Database& db, QWidget* parent = nullptr);
    ~ServerArea() override;

    bool isSyncing() const { return m_syncing; }

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
    std::optional<SyncStatus> m_lastSync;
};
