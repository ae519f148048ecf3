#pragma once

#include <QGroupBox>

class Database;
class ServerSession;
class QLabel;
class QPushButton;

// "Contest site": the committee publishes the locked results' winners (/ket-qua) and the
// certificate register (/xac-minh/{code}) to the site, with the same models code as
// `contestctl publish results|certificates` (SitePublication, ServerClient).
class SitePublishPanel : public QGroupBox
{
    Q_OBJECT
public:
    SitePublishPanel(Database& db, ServerSession& session, QWidget* parent = nullptr);

public Q_SLOTS:
    void publishResults();
    void publishCertificates();
    // Enables the buttons for whoever may publish (the committee).
    void updatePermissions();

Q_SIGNALS:
    void pinChanged();

private:
    void publish(const QString& what);

    Database& m_db;
    ServerSession& m_session;
    QPushButton* m_resultsButton = nullptr;
    QPushButton* m_certificatesButton = nullptr;
    QLabel* m_resultLabel = nullptr;
};
