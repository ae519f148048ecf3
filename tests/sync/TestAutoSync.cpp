// The automatic sync of the Online server area: with "every N minutes" saved, the area's
// timer pulls the submissions from the real contest-server by itself (a test "minute" of
// 300 ms), again on the next tick, and stops when set back to 0.
#include "SyncFixture.h"

#include "ServerArea.h"
#include "demo/DemoContest.h"
#include "storage/ContestDatabase.h"

#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTimer>
#include <QtTest>

class TestAutoSync : public QObject
{
    Q_OBJECT

    static constexpr int generated = 300;
    SyncFixture m_fx;
    QString m_url;

    static qint64 count(Database& db)
    {
        QSqlQuery q = db.exec(QStringLiteral("SELECT count(*) FROM submissions"));
        return q.next() ? q.value(0).toLongLong() : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ContestAdminTests"));
        QCoreApplication::setApplicationName(QStringLiteral("TestAutoSync"));
        QSettings().clear();
        qunsetenv("DBUS_SESSION_BUS_ADDRESS"); // the token goes to the test's 0600 file
        QVERIFY2(!qEnvironmentVariableIsEmpty("CONTEST_SERVER"), "CONTEST_SERVER is not set");
        QVERIFY(m_fx.makeCertificates());
        m_url = m_fx.startServer(QStringLiteral("server.sqlite"),
                                 {QStringLiteral("--generate"), QString::number(generated),
                                  QStringLiteral("--page-size"), QStringLiteral("100")});
        QVERIFY2(!m_url.isEmpty(), qPrintable(m_fx.serverLog()));
        ServerArea::setMinuteForTests(300);
    }

    void syncsEveryIntervalWhileOpen()
    {
        auto db = ContestDatabase::openAndMigrate(m_fx.path(QStringLiteral("client.sqlite")));
        DemoContest::populate(*db, 0);
        ServerArea area(*db);
        auto* timer = area.findChild<QTimer*>(QStringLiteral("autoSyncTimer"));
        QVERIFY(timer);
        QVERIFY(!timer->isActive()); // off until a interval is saved

        area.findChild<QLineEdit*>(QStringLiteral("serverUrlLineEdit"))->setText(m_url);
        area.findChild<QLineEdit*>(QStringLiteral("caFileLineEdit"))->setText(m_fx.caFile());
        area.findChild<QLineEdit*>(QStringLiteral("tokenLineEdit"))
            ->setText(QStringLiteral("s3cret-token"));
        area.findChild<QSpinBox*>(QStringLiteral("autoSyncSpinBox"))->setValue(1);
        QSignalSpy stored(&area, &ServerArea::submissionsStored);
        area.findChild<QPushButton*>(QStringLiteral("saveServerPushButton"))->click();
        QVERIFY(timer->isActive());
        QCOMPARE(timer->interval(), 300);

        // The first tick pulls everything, with no dialog: the status line says so.
        QVERIFY(stored.wait(30000));
        QCOMPARE(count(*db), generated);
        auto* status = area.findChild<QLabel*>(QStringLiteral("syncStatusLabel"));
        QVERIFY2(status->text().contains(QStringLiteral("%1 in all").arg(generated)),
                 qPrintable(status->text()));
        QVERIFY(area.findChildren<QDialog*>().isEmpty());

        // The next tick syncs again and finds nothing new.
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String(
                                     "0 new, 0 duplicate, 0 conflicting, 0 invalid, 0 in all")),
                                 30000);
        QCOMPARE(stored.count(), 1);
        QCOMPARE(count(*db), generated);

        // Set back to 0: the timer stops.
        area.findChild<QSpinBox*>(QStringLiteral("autoSyncSpinBox"))->setValue(0);
        area.findChild<QPushButton*>(QStringLiteral("saveServerPushButton"))->click();
        QVERIFY(!timer->isActive());
    }

    void cleanupTestCase() { m_fx.stopServer(); }
};

QTEST_MAIN(TestAutoSync)
#include "TestAutoSync.moc"
