// contestctl publish results / publish certificates against the real contest-server:
// /ket-qua shows the locked results' winners and SHA-256 and no ID number or phone;
// /xac-minh/{code} and /api/v1/verify/{code} answer valid, revoked or unknown; the
// server refuses personal fields.
#include "SiteClient.h"
#include "SyncFixture.h"
#include "TestDatabase.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QtTest>

class TestSitePublish : public QObject
{
    Q_OBJECT

private:
    SyncFixture m_fx;
    std::unique_ptr<TestLocation> m_clientDb;
    QString m_db;
    QString m_url;
    QStringList m_server;

    SyncFixture::Run ctl(const QStringList& args, bool toServer = false)
    {
        const SyncFixture::Run r = m_fx.ctl(QStringList{QStringLiteral("--db"), m_db} + args +
                                            (toServer ? m_server : QStringList()));
        if (r.exitCode != 0)
            qWarning() << args << r.exitCode << r.out << r.err;
        return r;
    }

    SyncFixture::Run lockResults() { return m_fx.lockResults(m_db); }

private Q_SLOTS:
    void initTestCase()
    {
        if (SyncFixture::contestctl().isEmpty() || qEnvironmentVariableIsEmpty("CONTEST_SERVER"))
            QSKIP("CONTESTCTL and CONTEST_SERVER must name the binaries (ctest sets them)");
        QVERIFY(m_fx.makeCertificates());
        m_url = m_fx.startServer(QStringLiteral("publish.sqlite"), {});
        QVERIFY(!m_url.isEmpty());
        m_server = {QStringLiteral("--server"),     m_url,
                    QStringLiteral("--token-file"), m_fx.tokenFile(),
                    QStringLiteral("--ca-file"),    m_fx.caFile()};
        m_clientDb =
            std::make_unique<TestLocation>(m_fx.path(QString()), QStringLiteral("client.sqlite"));
        m_db = m_clientDb->location();
        QCOMPARE(ctl({QStringLiteral("demo"), QStringLiteral("--people"), QStringLiteral("60")})
                     .exitCode,
                 0);
        QCOMPARE(ctl({QStringLiteral("publish")}, true).exitCode, 0);
    }

    void nothingLockedNothingPublished()
    {
        const auto r = ctl({QStringLiteral("publish"), QStringLiteral("results")}, true);
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(SiteClient(m_url, m_fx.caFile()).call("GET", QStringLiteral("/ket-qua")).status,
                 404);
    }

    void resultsPageShowsTheLockedWinners()
    {
        const auto locked = lockResults();
        QCOMPARE(locked.exitCode, 0);
        const QString sha = QRegularExpression(QStringLiteral("sha256 ([0-9a-f]{64})"))
                                .match(locked.out)
                                .captured(1);
        QCOMPARE(sha.size(), 64);
        const auto published = ctl({QStringLiteral("publish"), QStringLiteral("results")}, true);
        QCOMPARE(published.exitCode, 0);
        QVERIFY2(published.out.contains(sha), qPrintable(published.out));

        SiteClient site(m_url, m_fx.caFile());
        const auto page = site.call("GET", QStringLiteral("/ket-qua"));
        QCOMPARE(page.status, 200);
        const QString html = QString::fromUtf8(page.body);
        QVERIFY(html.contains(QStringLiteral("Kết quả đã chốt số 1 (SHA-256")));
        QVERIFY(html.contains(sha));
        const QString winner =
            SyncFixture::text(m_db, QStringLiteral("SELECT name FROM submissions WHERE valid = 1 "
                                                   "ORDER BY correct DESC, duration_ms LIMIT 1"));
        QVERIFY(!winner.isEmpty());
        QVERIFY2(html.contains(winner.toHtmlEscaped()) || html.contains(winner),
                 qPrintable(winner));
        // No ID number or phone of anybody.
        QStringList ids;
        for (int i = 0; i < 40; ++i)
            ids << SyncFixture::text(
                       m_db, QStringLiteral("SELECT id_number || ' ' || phone FROM submissions "
                                            "ORDER BY id LIMIT 1 OFFSET %1")
                                 .arg(i))
                       .split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QVERIFY(ids.size() > 20);
        for (const QString& id : ids)
            QVERIFY2(id.size() < 9 || !html.contains(id), qPrintable(id)); // 9+ digits: a real one
    }

    void certificatesAreVerifiedOnTheSite()
    {
        QCOMPARE(ctl({QStringLiteral("print"), QStringLiteral("certificates"),
                      QStringLiteral("--out"), m_fx.path(QStringLiteral("c.pdf")),
                      QStringLiteral("--signer"), QStringLiteral("Nguyễn Văn Trưởng")})
                     .exitCode,
                 0);
        const QString code = SyncFixture::text(
            m_db, QStringLiteral("SELECT code FROM certificates_issued ORDER BY seq LIMIT 1"));
        const QString holder = SyncFixture::text(
            m_db, QStringLiteral("SELECT recipient_name FROM certificates_issued WHERE code = '%1'")
                      .arg(code));
        QVERIFY(!code.isEmpty());
        const auto published =
            ctl({QStringLiteral("publish"), QStringLiteral("certificates")}, true);
        QCOMPARE(published.exitCode, 0);
        QVERIFY(published.out.contains(QLatin1String("0 revoked")));

        SiteClient site(m_url, m_fx.caFile());
        const auto api = site.call("GET", QStringLiteral("/api/v1/verify/") + code);
        QCOMPARE(api.status, 200);
        QVERIFY(api.json().value(QLatin1String("valid")).toBool());
        QCOMPARE(api.json()
                     .value(QLatin1String("certificate"))
                     .toObject()
                     .value(QLatin1String("name"))
                     .toString(),
                 holder);
        // As typed from paper: lower case, with a dash.
        const auto page = site.call("GET", QStringLiteral("/xac-minh/") +
                                               code.toLower().insert(5, QLatin1Char('-')));
        QCOMPARE(page.status, 200);
        QVERIFY(QString::fromUtf8(page.body).contains(QStringLiteral("Giấy chứng nhận hợp lệ")));
        QVERIFY(QString::fromUtf8(page.body).contains(holder.toHtmlEscaped()));
        QCOMPARE(site.call("GET", QStringLiteral("/api/v1/verify/ZZZZZZZZZZ")).status, 404);
        QCOMPARE(site.call("GET", QStringLiteral("/xac-minh/%3Cscript%3E")).status, 404);
        QVERIFY(
            !site.call("GET", QStringLiteral("/xac-minh/%3Cscript%3E")).body.contains("<script>"));

        // Unlocked and locked again on the same data: the same results, the same SHA-256,
        // so what was printed stays valid.
        QCOMPARE(ctl({QStringLiteral("results"), QStringLiteral("unlock"),
                      QStringLiteral("--reason"), QStringLiteral("kiểm tra lại")})
                     .exitCode,
                 0);
        QCOMPARE(lockResults().exitCode, 0);
        QCOMPARE(ctl({QStringLiteral("publish"), QStringLiteral("certificates")}, true).exitCode,
                 0);
        QVERIFY(site.call("GET", QStringLiteral("/api/v1/verify/") + code)
                    .json()
                    .value(QLatin1String("valid"))
                    .toBool());

        // A code the register lists as revoked: the site says so, in the API and the page.
        const auto put =
            site.admin("PUT", QStringLiteral("/api/v1/contests/sonha-2024/certificates"),
                       QJsonObject{{QStringLiteral("certificates"), QJsonArray()},
                                   {QStringLiteral("revoked"), QJsonArray{code.toLower()}}});
        QCOMPARE(put.status, 200);
        const auto revoked = site.call("GET", QStringLiteral("/api/v1/verify/") + code);
        QCOMPARE(revoked.status, 200);
        QVERIFY(!revoked.json().value(QLatin1String("valid")).toBool());
        QVERIFY(revoked.json().value(QLatin1String("revoked")).toBool());
        QVERIFY(QString::fromUtf8(site.call("GET", QStringLiteral("/xac-minh/") + code).body)
                    .contains(QStringLiteral("Đã thu hồi")));
    }

    void serverRefusesPersonalData()
    {
        SiteClient site(m_url, m_fx.caFile());
        const QJsonObject leaky{
            {QStringLiteral("sha256"), QString(64, QLatin1Char('a'))},
            {QStringLiteral("individual"),
             QJsonArray{
                 QJsonObject{{QStringLiteral("name"), QStringLiteral("A")},
                             {QStringLiteral("id_number"), QStringLiteral("051190001234")}}}},
            {QStringLiteral("collective"), QJsonArray()}};
        const auto r =
            site.admin("PUT", QStringLiteral("/api/v1/contests/sonha-2024/results"), leaky);
        QCOMPARE(r.status, 400);
        QVERIFY(
            r.json().value(QLatin1String("error")).toString().contains(QLatin1String("id_number")));
        QCOMPARE(
            site.json("PUT", QStringLiteral("/api/v1/contests/sonha-2024/results"), leaky).status,
            401);
    }
};

QTEST_GUILESS_MAIN(TestSitePublish)
#include "TestSitePublish.moc"
