// Issue 17, "the sync on its own thread": the real window syncs from a slow contest-server
// (every page held back on the loopback) while the user tries to close the window and to
// open another database. The sync runs off the window's thread, the window asks first
// (through MessageBox's test hook), and whatever the answer, every stored page keeps its
// cursor: a later sync completes the contest with nothing lost and nothing twice.
#include "MainWindow.h"
#include "MessageBox.h"
#include "ServerArea.h"
#include "ServerSettings.h"
#include "SyncFixture.h"
#include "SyncProgressDialog.h"
#include "TestDatabase.h"
#include "demo/DemoContest.h"
#include "storage/ContestDatabase.h"
#include "sync/TokenStore.h"

#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QtTest>

class TestSyncWhileClosing : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void syncLeavesTheWindowResponsive();
    void closingAsksAndNoKeepsTheSync();
    void openingAnotherDatabaseStopsTheSyncCleanly();
    void closingTheWindowDuringASyncStopsItCleanly();
    void theNextSyncCompletesWithNothingTwice();

private:
    ServerArea* area() const;
    SyncProgressDialog* startSync();
    static qint64 scalar(const QString& location, const QString& sql);
    // Rows stored and items the stored cursor accounts for: equal when nothing is lost.
    void verifyConsistent(const QString& location);

    // Pages of 50, each held back 150 ms by the server: a sync lasts about 6 s.
    static constexpr int generated = 2000;
    SyncFixture m_fx;
    QString m_url;
    std::unique_ptr<TestDatabase> m_contest;
    std::unique_ptr<TestDatabase> m_other;
    QPointer<MainWindow> m_window;
};

void TestSyncWhileClosing::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ContestAdminTests"));
    QCoreApplication::setApplicationName(QStringLiteral("TestSyncWhileClosing"));
    QSettings().clear();
    qunsetenv("DBUS_SESSION_BUS_ADDRESS"); // the token goes to the test's 0600 file
    QVERIFY2(!qEnvironmentVariableIsEmpty("CONTEST_SERVER"), "CONTEST_SERVER is not set");
    QVERIFY(m_fx.makeCertificates());
    m_url = m_fx.startServer(QStringLiteral("server.sqlite"),
                             {QStringLiteral("--generate"), QString::number(generated),
                              QStringLiteral("--page-size"), QStringLiteral("50"),
                              QStringLiteral("--faults"), QStringLiteral("slow"),
                              QStringLiteral("--fault-rate"), QStringLiteral("1"),
                              QStringLiteral("--slow-ms"), QStringLiteral("150")});
    QVERIFY2(!m_url.isEmpty(), qPrintable(m_fx.serverLog()));

    m_contest = std::make_unique<TestDatabase>();
    DemoContest::populate(m_contest->db(), 0);
    m_other = std::make_unique<TestDatabase>();
    ServerSettings settings;
    settings.url = m_url;
    settings.caFile = m_fx.caFile();
    settings.save(m_contest->location());
    TokenStore().write(settings.serverKey(), QByteArrayLiteral("s3cret-token"));

    m_window = new MainWindow(ContestDatabase::openAndMigrate(m_contest->location()));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_window->showArea(MainWindow::Area::OnlineServer);
    QVERIFY(area());
}

void TestSyncWhileClosing::cleanupTestCase()
{
    delete m_window;
    m_contest.reset();
    m_other.reset();
    m_fx.stopServer();
}

ServerArea* TestSyncWhileClosing::area() const
{
    if (!m_window)
        return nullptr;
    auto* stack = m_window->findChild<QStackedWidget*>(QStringLiteral("pagesStackedWidget"));
    return stack ? qobject_cast<ServerArea*>(stack->currentWidget()) : nullptr;
}

qint64 TestSyncWhileClosing::scalar(const QString& location, const QString& sql)
{
    const std::unique_ptr<Database> db = Database::open(location);
    QSqlQuery q = db->exec(sql);
    return q.next() ? q.value(0).toLongLong() : -1;
}

void TestSyncWhileClosing::verifyConsistent(const QString& location)
{
    const qint64 rows = scalar(location, QStringLiteral("SELECT count(*) FROM submissions"));
    const qint64 cursorItems =
        scalar(location, QStringLiteral("SELECT coalesce(sum(items), 0) FROM sync_state"));
    QCOMPARE(rows, cursorItems);
}

SyncProgressDialog* TestSyncWhileClosing::startSync()
{
    for (SyncProgressDialog* old : area()->findChildren<SyncProgressDialog*>())
        delete old;
    area()->findChild<QPushButton*>(QStringLiteral("syncPushButton"))->click();
    return area()->findChild<SyncProgressDialog*>();
}

void TestSyncWhileClosing::syncLeavesTheWindowResponsive()
{
    SyncProgressDialog* dialog = startSync();
    QVERIFY(dialog);
    // The click came back while the sync runs: it is on a thread of its own.
    QVERIFY(area()->isSyncing());
    QVERIFY(dialog->isRunning());
    auto* pages = dialog->findChild<QLabel*>(QStringLiteral("pagesLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(pages->text().toInt() >= 2, 20000);
    QVERIFY(area()->isSyncing());
}

void TestSyncWhileClosing::closingAsksAndNoKeepsTheSync()
{
    QVERIFY(area() && area()->isSyncing());
    MessageBox::clearLastText();
    MessageBox::setNextAnswer(QMessageBox::No);
    QVERIFY(!m_window->close());
    QVERIFY2(MessageBox::lastText().contains(QLatin1String("being pulled")),
             qPrintable(MessageBox::lastText()));
    QVERIFY(m_window->isVisible());
    QVERIFY(area()->isSyncing());
    auto* pages =
        area()->findChild<SyncProgressDialog*>()->findChild<QLabel*>(QStringLiteral("pagesLabel"));
    const int before = pages->text().toInt();
    QTRY_VERIFY_WITH_TIMEOUT(pages->text().toInt() > before, 20000); // it goes on
}

void TestSyncWhileClosing::openingAnotherDatabaseStopsTheSyncCleanly()
{
    QVERIFY(area() && area()->isSyncing());
    MessageBox::clearLastText();
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QVERIFY(m_window->openDatabase(m_other->location()));
    QVERIFY2(MessageBox::lastText().contains(QLatin1String("being pulled")),
             qPrintable(MessageBox::lastText()));
    QCOMPARE(m_window->database()->location(), m_other->location());
    const qint64 rows =
        scalar(m_contest->location(), QStringLiteral("SELECT count(*) FROM submissions"));
    QVERIFY2(rows > 0 && rows < generated, qPrintable(QString::number(rows)));
    verifyConsistent(m_contest->location());
}

void TestSyncWhileClosing::closingTheWindowDuringASyncStopsItCleanly()
{
    QVERIFY(m_window->openDatabase(m_contest->location()));
    m_window->showArea(MainWindow::Area::OnlineServer);
    const qint64 before =
        scalar(m_contest->location(), QStringLiteral("SELECT count(*) FROM submissions"));
    SyncProgressDialog* dialog = startSync();
    QVERIFY(dialog);
    QVERIFY(area()->isSyncing());
    auto* pages = dialog->findChild<QLabel*>(QStringLiteral("pagesLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(pages->text().toInt() >= 2, 20000);

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QVERIFY(m_window->close());
    delete m_window; // what the application does at its end
    const qint64 after =
        scalar(m_contest->location(), QStringLiteral("SELECT count(*) FROM submissions"));
    QVERIFY2(after > before && after < generated,
             qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
    verifyConsistent(m_contest->location());
}

void TestSyncWhileClosing::theNextSyncCompletesWithNothingTwice()
{
    m_window = new MainWindow(ContestDatabase::openAndMigrate(m_contest->location()));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_window->showArea(MainWindow::Area::OnlineServer);
    QSignalSpy stored(area(), &ServerArea::submissionsStored);
    SyncProgressDialog* dialog = startSync();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 60000);
    const QString error = dialog->findChild<QLabel*>(QStringLiteral("errorLabel"))->text();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(stored.count(), 1);
    QCOMPARE(scalar(m_contest->location(), QStringLiteral("SELECT count(*) FROM submissions")),
             qint64(generated));
    verifyConsistent(m_contest->location());
}

QTEST_MAIN(TestSyncWhileClosing)
#include "TestSyncWhileClosing.moc"
