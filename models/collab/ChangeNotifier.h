#pragma once

#include <QObject>
#include <QTimer>

class Database;

// Tells the app that another connection (another office PC, a scheduled contestctl run)
// changed the database, so the visible page can be read again. PostgreSQL pushes it:
// every writing transaction ends with a NOTIFY (see SqlDialect::changeNoticeStatement)
// that this LISTENs to. SQLite is asked: `PRAGMA data_version` changes when another
// connection commits, and costs one read of a number, so it is checked on a slow timer
// and whenever the window is activated. Changes made through `db` itself are not reported:
// the page that made them already shows them.
class ChangeNotifier : public QObject
{
    Q_OBJECT
public:
    static constexpr int defaultPollMs = 5000;

    explicit ChangeNotifier(Database& db, QObject* parent = nullptr);
    ~ChangeNotifier() override;

    bool pushed() const { return m_listening; } // PostgreSQL: no polling needed
    // SQLite: reads data_version now; emits changed() and returns true when another
    // connection committed since the last look. PostgreSQL: false (notices arrive by themselves).
    bool check();
    void setPollInterval(int ms); // 0 stops the timer

Q_SIGNALS:
    void changed();

private:
    qint64 dataVersion();
    Database& m_db;
    QTimer m_timer;
    qint64 m_lastVersion = -1;
    bool m_listening = false;
};
