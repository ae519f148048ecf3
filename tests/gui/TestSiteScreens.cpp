// The contest site from the real window, against the real contest-server over TLS: the
// Contest page's site address and rules (saved like every setting, published with the
// package), and the Online server area's "Publish results" and "Publish certificates"
// (confirmation, then the result message; /ket-qua shows the locked results).
#include "ContestArea.h"
#include "FileDialog.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "ServerArea.h"
#include "SiteClient.h"
#include "SyncFixture.h"
#include "TestDatabase.h"
#include "contest/ContestRepository.h"
#include "storage/ContestDatabase.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QtTest>

class TestSiteScreens : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void contestPageSavesSiteAddressAndRules();
    void publishedPackageCarriesTheRules();
    void publishResultsAsksThenShowsTheSnapshot();
    void publishCertificatesShowsTheRegister();

private:
    template <typename T> T* child(QWidget* in, const char* name) const
    {
        T* widget = in->findChild<T*>(QLatin1String(name));
        if (!widget)
            qWarning() << "no" << name;
        return widget;
    }
    SyncFixture::Run ctl(const QStringList& args) const
    {
        const auto r = m_fx.ctl(QStringList{QStringLiteral("--db"), m_where->location()} + args);
        if (r.exitCode != 0)
            qWarning() << args << r.out << r.err;
        return r;
    }
    bool lockResults() const { return m_fx.lockResults(m_where->location()).exitCode == 0; }

    SyncFixture m_fx;
    QString m_url;
    std::unique_ptr<TestLocation> m_where;
    QPointer<MainWindow> m_window;
    const QString m_rules = QStringLiteral("Mỗi người thi tối đa 2 lượt.\nKhông dùng tài liệu.");
};

void TestSiteScreens::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ContestAdminTests"));
    QCoreApplication::setApplicationName(QStringLiteral("TestSiteScreens"));
    QSettings().clear();
    qunsetenv("DBUS_SESSION_BUS_ADDRESS"); // the token goes to the 0600 file
    QVERIFY2(!qEnvironmentVariableIsEmpty("CONTEST_SERVER"), "CONTEST_SERVER is not set");
    QVERIFY(!SyncFixture::contestctl().isEmpty());
    QVERIFY(m_fx.makeCertificates());
    m_url = m_fx.startServer(QStringLiteral("site.sqlite"), {});
    QVERIFY(!m_url.isEmpty());
    m_where = std::make_unique<TestLocation>(m_fx.path(QString()), QStringLiteral("client.sqlite"));
    QCOMPARE(
        ctl({QStringLiteral("demo"), QStringLiteral("--people"), QStringLiteral("60")}).exitCode,
        0);
    m_window = new MainWindow(ContestDatabase::openAndMigrate(m_where->location()));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestSiteScreens::cleanupTestCase()
{
    delete m_window;
    m_fx.stopServer();
    FileDialog::clearNextFileName();
}

void TestSiteScreens::contestPageSavesSiteAddressAndRules()
{
    m_window->showArea(MainWindow::Area::Contest);
    QWidget* page = m_window->contestArea();
    QVERIFY(page);
    auto* url = child<QLineEdit>(page, "siteUrlLineEdit");
    auto* rules = child<QPlainTextEdit>(page, "rulesPlainTextEdit");
    QVERIFY(url && rules);
    // A wrong address is shown as a problem and cannot be saved.
    url->setText(QStringLiteral("http://thi.sonha.gov.vn"));
    QVERIFY(!child<QPushButton>(page, "saveButton")->isEnabled());
    url->setText(QStringLiteral("https://thi.sonha.gov.vn"));
    rules->setPlainText(m_rules);
    QVERIFY(child<QPushButton>(page, "saveButton")->isEnabled());
    child<QPushButton>(page, "saveButton")->click();
    const ContestSettings stored = ContestRepository(*m_window->database()).loadOrDefaults();
    QCOMPARE(stored.siteUrl, QStringLiteral("https://thi.sonha.gov.vn"));
    QCOMPARE(stored.rules, m_rules);
}

void TestSiteScreens::publishedPackageCarriesTheRules()
{
    m_window->showArea(MainWindow::Area::OnlineServer);
    QWidget* area = m_window->findChild<ServerArea*>();
    QVERIFY(area);
    child<QLineEdit>(area, "serverUrlLineEdit")->setText(m_url);
    FileDialog::setNextFileName(m_fx.caFile());
    child<QPushButton>(area, "browseCaPushButton")->click();
    child<QLineEdit>(area, "tokenLineEdit")->setText(QStringLiteral("s3cret-token"));
    child<QPushButton>(area, "saveServerPushButton")->click();
    child<QPushButton>(area, "publishPushButton")->click();
    const QString published = child<QLabel>(area, "publishResultLabel")->text();
    QVERIFY2(published.contains(QLatin1String("accepted package version")), qPrintable(published));
    const auto info = SiteClient(m_url, m_fx.caFile())
                          .call("GET", QStringLiteral("/api/v1/contests/sonha-2024/public"));
    QCOMPARE(info.status, 200);
    QCOMPARE(info.json().value(QLatin1String("rules")).toString(), m_rules);
}

void TestSiteScreens::publishResultsAsksThenShowsTheSnapshot()
{
    QWidget* area = m_window->findChild<ServerArea*>();
    auto* button = child<QPushButton>(area, "publishResultsPushButton");
    auto* label = child<QLabel>(area, "sitePublishResultLabel");
    QVERIFY(button && label && button->isEnabled());

    // Nothing locked yet: the reason, nothing sent.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    button->click();
    QVERIFY2(label->text().startsWith(QLatin1String("Not published:")), qPrintable(label->text()));
    SiteClient site(m_url, m_fx.caFile());
    QCOMPARE(site.call("GET", QStringLiteral("/ket-qua")).status, 404);

    QVERIFY(lockResults());
    // "No" to the confirmation sends nothing.
    label->clear();
    MessageBox::setNextAnswer(QMessageBox::No);
    button->click();
    QVERIFY(MessageBox::lastText().contains(QLatin1String("locked results")));
    QVERIFY(label->text().isEmpty());
    QCOMPARE(site.call("GET", QStringLiteral("/ket-qua")).status, 404);

    MessageBox::setNextAnswer(QMessageBox::Yes);
    button->click();
    const QString sha = QRegularExpression(QStringLiteral("SHA-256 ([0-9a-f]{64})"))
                            .match(label->text())
                            .captured(1);
    QVERIFY2(label->text().startsWith(QLatin1String("Published the locked results no. 1")) &&
                 sha.size() == 64,
             qPrintable(label->text()));
    const auto page = site.call("GET", QStringLiteral("/ket-qua"));
    QCOMPARE(page.status, 200);
    QVERIFY(QString::fromUtf8(page.body).contains(sha));
}

void TestSiteScreens::publishCertificatesShowsTheRegister()
{
    QWidget* area = m_window->findChild<ServerArea*>();
    MessageBox::setNextAnswer(QMessageBox::Yes);
    child<QPushButton>(area, "publishCertificatesPushButton")->click();
    const QString text = child<QLabel>(area, "sitePublishResultLabel")->text();
    QVERIFY2(QRegularExpression(QStringLiteral("^Published the certificate register: \\d+ valid, "
                                               "\\d+ revoked\\.$"))
                 .match(text)
                 .hasMatch(),
             qPrintable(text));
}

QTEST_MAIN(TestSiteScreens)
#include "TestSiteScreens.moc"
