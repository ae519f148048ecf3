#include "ChangeNotifier.h"

#include "core/Problem.h"
#include "storage/Database.h"

#include <QSqlDriver>

ChangeNotifier::ChangeNotifier(Database& db, QObject* parent) : QObject(parent), m_db(db)
{
    const QString channel = m_db.dialect().changeChannel();
    QSqlDriver* driver = m_db.connection().driver();
    if (!channel.isEmpty() && driver && driver->hasFeature(QSqlDriver::EventNotifications)) {
        m_listening = driver->subscribeToNotification(channel);
        if (m_listening) {
            connect(driver, &QSqlDriver::notification, this,
                    [this, channel](const QString& name, QSqlDriver::NotificationSource source,
                                    const QVariant&) {
                        if (name == channel && source != QSqlDriver::SelfSource)
                            Q_EMIT changed();
                    });
        }
        return;
    }
    m_lastVersion = dataVersion();
    connect(&m_timer, &QTimer::timeout, this, &ChangeNotifier::check);
    setPollInterval(defaultPollMs);
}

ChangeNotifier::~ChangeNotifier()
{
    if (!m_listening)
        return;
    // The connection may already be gone when the window switched databases.
    QSqlDriver* driver = m_db.connection().isOpen() ? m_db.connection().driver() : nullptr;
    if (driver)
        driver->unsubscribeFromNotification(m_db.dialect().changeChannel());
}

void ChangeNotifier::setPollInterval(int ms)
{
    if (m_listening || ms <= 0) {
        m_timer.stop();
        return;
    }
    m_timer.start(ms);
}

qint64 ChangeNotifier::dataVersion()
{
    try {
        QSqlQuery q = m_db.exec(QStringLiteral("PRAGMA data_version"));
        return q.next() ? q.value(0).toLongLong() : -1;
    } catch (const EnvironmentError&) {
        return m_lastVersion; // locked for a moment: look again next time
    }
}

bool ChangeNotifier::check()
{
    if (m_listening || m_db.inTransaction())
        return false;
    const qint64 version = dataVersion();
    if (version == m_lastVersion)
        return false;
    m_lastVersion = version;
    Q_EMIT changed();
    return true;
}
