#pragma once

#include <QGroupBox>
#include <QJsonObject>

class Database;
class ServerSession;
class QLabel;
class QListWidget;

// "Open the contest window": checks the package locally (problems listed, nothing sent),
// publishes it, and shows the live state the server reports.
class PublishPanel : public QGroupBox
{
    Q_OBJECT
public:
    PublishPanel(Database& db, ServerSession& session, QWidget* parent = nullptr);

    // "open now, closes in 3 days 4 h" and the like, relative to `nowMs`.
    static QString windowState(const QString& opensAt, const QString& closesAt, qint64 nowMs);
    static QString span(qint64 ms);

public Q_SLOTS:
    void publish();
    void refresh();

Q_SIGNALS:
    void pinChanged(); // an administrator pinned the certificate: settings show it

private:
    void showLive(const QJsonObject& contest);

    Database& m_db;
    ServerSession& m_session;
    QLabel* m_resultLabel = nullptr;
    QListWidget* m_problemsList = nullptr;
    QLabel* m_liveLabel = nullptr;
};
