// The Online server area driven through the real window against the real contest-server
// over TLS (a CA made at test time): token storage, publishing, sync with its progress
// dialog, and pinning an untrusted certificate.
#include "FileDialog.h"
#include "MainWindow.h"
#include "PinCertificateDialog.h"
#include "ServerArea.h"
#include "ServerSettings.h"
#include "SyncFixture.h"
#include "SyncProgressDialog.h"
#include "TestDatabase.h"
#include "demo/DemoContest.h"
#include "storage/ContestDatabase.h"
#include "sync/TokenStore.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTimer>
#include <QtTest>

class TestServerScreens : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void savingTokenSaysItIsInAFile();
    void publishShowsPackageVersion();
    void syncStoresEveryServerSubmission();
    void untrustedCertificateAsksToPin();
    void cancelStopsAfterTheCurrentPage();

private:
    ServerArea* area() const;
    template <typename T> T* child(const char* name) const
    {
        T* widget = area()->findChild<T*>(QLatin1String(name));
        if (!widget)
            qWarning() << "no" << name;
        return widget;
    }
    void click(const char* button) { child<QPushButton>(button)->click(); }
    int submissionCount() const;
    // Clicks "Sync now"; the progress dialog it left open, finished.
    SyncProgressDialog* syncOnce();

    static constexpr int generated = 700;
    SyncFixture m_fx;
    QString m_url;
    std::unique_ptr<TestDatabase> m_testDb;
    QPointer<MainWindow> m_window;
};

void TestServerScreens::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ContestAdminTests"));
    QCoreApplication::setApplicationName(QStringLiteral("TestServerScreens"));
    QSettings().clear();
    // CI has no D-Bus session: make sure a developer's desktop keyring is not used either,
    // so the token goes to the 0600 file this test checks.
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    QVERIFY2(!qEnvironmentVariableIsEmpty("CONTEST_SERVER"), "CONTEST_SERVER is not set");
    QVERIFY(m_fx.makeCertificates());
    m_url = m_fx.startServer(QStringLiteral("server.sqlite"),
                             {QStringLiteral("--generate"), QString::number(generated),
                              QStringLiteral("--page-size"), QStringLiteral("150")});
    QVERIFY2(!m_url.isEmpty(), qPrintable(m_fx.serverLog()));

    m_testDb = std::make_unique<TestDatabase>();
    DemoContest::populate(m_testDb->db(), 0); // the bank covers the blueprint, no people
    m_window = new MainWindow(ContestDatabase::openAndMigrate(m_testDb->path()));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_window->showArea(MainWindow::Area::OnlineServer);
    QVERIFY(area());
}

void TestServerScreens::cleanupTestCase()
{
    delete m_window;
    m_testDb.reset();
    m_fx.stopServer();
    FileDialog::clearNextFileName();
}

ServerArea* TestServerScreens::area() const
{
    auto* stack = m_window->findChild<QStackedWidget*>(QStringLiteral("pagesStackedWidget"));
    return stack ? qobject_cast<ServerArea*>(stack->currentWidget()) : nullptr;
}

int TestServerScreens::submissionCount() const
{
    QSqlQuery q = m_window->database()->exec(QStringLiteral("SELECT count(*) FROM submissions"));
    return q.next() ? q.value(0).toInt() : -1;
}

SyncProgressDialog* TestServerScreens::syncOnce()
{
    // A dialog of an earlier sync is closed first, so findChild finds this one.
    for (SyncProgressDialog* old : area()->findChildren<SyncProgressDialog*>())
        delete old;
    click("syncPushButton");
    auto* dialog = area()->findChild<SyncProgressDialog*>();
    // The click returns at once: the sync runs on a thread of its own (issue 17).
    if (dialog && !QTest::qWaitFor([dialog] { return !dialog->isRunning(); }, 30000))
        return nullptr;
    return dialog;
}

void TestServerScreens::savingTokenSaysItIsInAFile()
{
    child<QLineEdit>("serverUrlLineEdit")->setText(m_url);
    FileDialog::setNextFileName(m_fx.caFile());
    click("browseCaPushButton");
    QCOMPARE(QDir::fromNativeSeparators(child<QLineEdit>("caFileLineEdit")->text()), m_fx.caFile());
    child<QLineEdit>("tokenLineEdit")->setText(QStringLiteral("s3cret-token"));
    QCOMPARE(child<QLineEdit>("tokenLineEdit")->echoMode(), QLineEdit::Password);
    click("saveServerPushButton");

    // The token is never shown again, and the screen says where it went.
    QVERIFY(child<QLineEdit>("tokenLineEdit")->text().isEmpty());
    const QString where = child<QLabel>("tokenLocationLabel")->text();
    QVERIFY2(where.contains(QLatin1String("file readable only by you")), qPrintable(where));
    QVERIFY(!where.contains(QLatin1String("s3cret-token")));

    const ServerSettings saved = ServerSettings::load(m_testDb->path());
    QCOMPARE(saved.url, m_url);
    QCOMPARE(saved.caFile, m_fx.caFile());
    TokenStore tokens;
    QCOMPARE(tokens.backend(), TokenStore::Backend::File);
    const QString file = tokens.fallbackPath(saved.serverKey());
    QVERIFY2(where.contains(QDir::toNativeSeparators(file)), qPrintable(where));
    QVERIFY(!(QFile::permissions(file) & (QFile::ReadGroup | QFile::ReadOther)));
    QCOMPARE(tokens.read(saved.serverKey()).value_or(QByteArray()), QByteArray("s3cret-token"));
}

void TestServerScreens::publishShowsPackageVersion()
{
    click("publishPushButton");
    const QString result = child<QLabel>("publishResultLabel")->text();
    QVERIFY2(result.contains(QLatin1String("package version 1")), qPrintable(result));
    QVERIFY(!child<QWidget>("problemsListWidget")->isVisibleTo(area()));
    const QString live = child<QLabel>("liveStateLabel")->text();
    QVERIFY2(live.contains(QLatin1String("Package version: 1")), qPrintable(live));
    QVERIFY2(
        live.contains(QStringLiteral("Submissions so far: %1").arg(QLocale().toString(generated))),
        qPrintable(live));

    click("refreshPushButton");
    QVERIFY(child<QLabel>("liveStateLabel")->text().contains(QLatin1String("Package version: 1")));
}

void TestServerScreens::syncStoresEveryServerSubmission()
{
    QSignalSpy stored(area(), &ServerArea::submissionsStored);
    SyncProgressDialog* dialog = syncOnce();
    QVERIFY(dialog);
    const QString summary = dialog->findChild<QLabel*>(QStringLiteral("summaryLabel"))->text();
    QVERIFY2(summary.contains(QStringLiteral("%1 in all").arg(generated)), qPrintable(summary));
    QVERIFY(!dialog->findChild<QLabel*>(QStringLiteral("errorLabel"))->isVisibleTo(dialog));
    // 700 items in pages of at most 150 (the server's limit): at least 5 pages.
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("pagesLabel"))->text().toInt() >= 5);
    QCOMPARE(submissionCount(), generated);
    QCOMPARE(stored.count(), 1);
    QCOMPARE(SyncFixture::clientIds(m_testDb->path()).size(), generated);
}

void TestServerScreens::untrustedCertificateAsksToPin()
{
    // Without the CA file the test CA is not trusted.
    child<QLineEdit>("caFileLineEdit")->clear();
    click("saveServerPushButton");
    const int shownBefore = PinCertificateDialog::shownCount();

    PinCertificateDialog::setNextAnswer(false);
    SyncProgressDialog* declined = syncOnce();
    QVERIFY(declined);
    QCOMPARE(PinCertificateDialog::shownCount(), shownBefore + 1);
    const PeerCertificate peer = PinCertificateDialog::lastPeer();
    QCOMPARE(peer.sha256, m_fx.serverCertSha256());
    QVERIFY(peer.subject.contains(QLatin1String("localhost")));
    QVERIFY(peer.issuer.contains(QLatin1String("Contest Test CA")));
    QVERIFY(peer.notAfter > QDateTime::currentDateTime());
    QVERIFY(ServerSettings::load(m_testDb->path()).pinnedSha256.isEmpty());
    QVERIFY(declined->findChild<QLabel*>(QStringLiteral("errorLabel"))
                ->text()
                .contains(QLatin1String("not pinned")));

    PinCertificateDialog::setNextAnswer(true);
    SyncProgressDialog* pinned = syncOnce();
    QVERIFY(pinned);
    QCOMPARE(PinCertificateDialog::shownCount(), shownBefore + 2);
    QCOMPARE(QString::fromLatin1(ServerSettings::load(m_testDb->path()).pinnedSha256),
             m_fx.serverCertSha256());
    QCOMPARE(child<QLabel>("pinLabel")->text().remove(QLatin1Char('\n')), m_fx.serverCertSha256());
    QVERIFY2(pinned->findChild<QLabel*>(QStringLiteral("errorLabel"))->text().isEmpty(),
             qPrintable(pinned->findChild<QLabel*>(QStringLiteral("errorLabel"))->text()));

    // The pin is used from now on: no question, and the sync works (nothing new).
    SyncProgressDialog* next = syncOnce();
    QVERIFY(next);
    QCOMPARE(PinCertificateDialog::shownCount(), shownBefore + 2);
    const QString summary = next->findChild<QLabel*>(QStringLiteral("summaryLabel"))->text();
    QVERIFY2(summary.contains(QLatin1String(" 0 in all")), qPrintable(summary));
    QCOMPARE(submissionCount(), generated);
}

void TestServerScreens::cancelStopsAfterTheCurrentPage()
{
    // Another server (another address, so a fresh cursor) with pages of 100.
    const QString url = m_fx.startServer(QStringLiteral("server2.sqlite"),
                                         {QStringLiteral("--generate"), QStringLiteral("500"),
                                          QStringLiteral("--page-size"), QStringLiteral("100")});
    QVERIFY(!url.isEmpty());
    child<QLineEdit>("serverUrlLineEdit")->setText(url);
    child<QLineEdit>("caFileLineEdit")->setText(m_fx.caFile());
    child<QLineEdit>("tokenLineEdit")->setText(QStringLiteral("s3cret-token"));
    click("saveServerPushButton");
    QCOMPARE(child<QLabel>("pinLabel")->text(), QStringLiteral("none")); // a pin is per server
    click("publishPushButton");
    QVERIFY(child<QLabel>("publishResultLabel")->text().contains(QLatin1String("version")));

    // Cancel as soon as the sync waits for its first page: the sync runs on its own thread
    // and does not wait for a page on its way (issue 17: closing the window must not wait
    // for a slow server); nothing is stored, nothing is lost.
    QTimer::singleShot(0, this, [this] {
        if (auto* dialog = area()->findChild<SyncProgressDialog*>())
            dialog->findChild<QPushButton*>(QStringLiteral("cancelPushButton"))->click();
    });
    SyncProgressDialog* cancelled = syncOnce();
    QVERIFY(cancelled);
    QString summary = cancelled->findChild<QLabel*>(QStringLiteral("summaryLabel"))->text();
    QVERIFY2(summary.startsWith(QLatin1String("Cancelled")), qPrintable(summary));
    QVERIFY2(summary.contains(QLatin1String(" 0 in all")), qPrintable(summary));

    // Cancelled after a stored page: that page and its cursor stay.
    auto* dialog = [this] {
        for (SyncProgressDialog* old : area()->findChildren<SyncProgressDialog*>())
            delete old;
        click("syncPushButton");
        return area()->findChild<SyncProgressDialog*>();
    }();
    QVERIFY(dialog);
    auto* pages = dialog->findChild<QLabel*>(QStringLiteral("pagesLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(pages->text().toInt() >= 1 || !dialog->isRunning(), 30000);
    if (dialog->isRunning())
        dialog->findChild<QPushButton*>(QStringLiteral("cancelPushButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 30000);
    summary = dialog->findChild<QLabel*>(QStringLiteral("summaryLabel"))->text();
    const int firstPart = pages->text().toInt() * 100;
    QVERIFY2(firstPart >= 100, qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral(" %1 in all").arg(firstPart)), qPrintable(summary));

    // The next sync resumes after those pages.
    SyncProgressDialog* rest = syncOnce();
    QVERIFY(rest);
    summary = rest->findChild<QLabel*>(QStringLiteral("summaryLabel"))->text();
    QVERIFY2(summary.contains(QStringLiteral(" %1 in all").arg(500 - firstPart)),
             qPrintable(summary));
}

QTEST_MAIN(TestServerScreens)
#include "TestServerScreens.moc"
