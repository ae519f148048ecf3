// Two contest-server processes on one PostgreSQL database serve one contest (the
// production layout behind nginx): starts sent to both at once cannot together beat
// attempts_max, and `contestctl sync` run while both take submissions, then again, pulls
// every acknowledged submission exactly once, in the order the database numbered them.
#include "SiteClient.h"
#include "SitePackage.h"
#include "SyncFixture.h"
#include "TestDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QtTest>

namespace {
const QString kContest = QStringLiteral("sonha-2024");
constexpr int kAttemptsMax = 2;
} // namespace

class TestSiteTwoServers : public QObject
{
    Q_OBJECT

private:
    SyncFixture m_fx;
    std::unique_ptr<TestLocation> m_clientDb;
    std::unique_ptr<SiteClient> m_a;
    std::unique_ptr<SiteClient> m_b;
    QStringList m_server; // contestctl's --server … options (process A)
    QJsonArray m_units;
    int m_people = 0;

    QJsonObject person(const QString& idNumber) const
    {
        QJsonObject p = SitePackage::contestant(idNumber);
        p.insert(QStringLiteral("unit"),
                 m_units.first().toObject().value(QLatin1String("code")).toString());
        return p;
    }
    static QByteArray startBody(const QJsonObject& person)
    {
        return QJsonDocument(QJsonObject{{QStringLiteral("contestant"), person}})
            .toJson(QJsonDocument::Compact);
    }
    // Each request to A or B in turn, all sent before any answer is awaited.
    QList<SiteClient::Response> toBoth(const QByteArray& method, const QStringList& paths,
                                       const QList<QByteArray>& bodies,
                                       const QList<SiteClient::Headers>& headers)
    {
        QList<QNetworkReply*> replies;
        for (qsizetype i = 0; i < paths.size(); ++i)
            replies << (i % 2 ? m_b : m_a)->send(method, paths.at(i), bodies.at(i), headers.at(i));
        QList<SiteClient::Response> out;
        for (qsizetype i = 0; i < replies.size(); ++i)
            out << (i % 2 ? m_b : m_a)->finish(replies.at(i));
        return out;
    }
    // `count` new contestants start (half on each process) and submit; the submission ids
    // the servers acknowledged with 200.
    QStringList startAndSubmit(int count)
    {
        QStringList paths;
        QList<QByteArray> bodies;
        for (int i = 0; i < count; ++i) {
            paths << QStringLiteral("/api/v1/contests/%1/attempts").arg(kContest);
            bodies << startBody(
                person(QStringLiteral("0511%1").arg(++m_people, 8, 10, QLatin1Char('0'))));
        }
        const auto started = toBoth("POST", paths, bodies, QList<SiteClient::Headers>(count));
        paths.clear();
        bodies.clear();
        QList<SiteClient::Headers> secrets;
        for (const auto& s : started) {
            if (s.status != 201) {
                qWarning("start: %d %s", s.status, s.body.constData());
                continue;
            }
            paths << QStringLiteral("/api/v1/attempts/%1/submit")
                         .arg(s.json().value(QLatin1String("attempt")).toString());
            bodies << QByteArray("{}");
            secrets << SiteClient::Headers{
                {"X-Attempt-Secret",
                 s.json().value(QLatin1String("secret")).toString().toLatin1()}};
        }
        // The other process gets the submit: any process serves any attempt.
        std::rotate(paths.begin(), paths.begin() + 1, paths.end());
        std::rotate(bodies.begin(), bodies.begin() + 1, bodies.end());
        std::rotate(secrets.begin(), secrets.begin() + 1, secrets.end());
        QStringList acknowledged;
        for (const auto& r : toBoth("POST", paths, bodies, secrets))
            if (r.status == 200)
                acknowledged << r.json().value(QLatin1String("submission")).toString();
        return acknowledged;
    }
    // What one sync stored ("new" and "invalid": these contestants answer nothing, so the
    // suite stores them judged invalid); -1 when it met a duplicate or a conflict.
    static int storedCount(const QString& syncOut)
    {
        const auto m =
            QRegularExpression(
                QStringLiteral("new (\\d+), duplicate (\\d+), conflict (\\d+), invalid (\\d+)"))
                .match(syncOut);
        if (!m.hasMatch() || m.captured(2) != QLatin1String("0") ||
            m.captured(3) != QLatin1String("0"))
            return -1;
        return m.captured(1).toInt() + m.captured(4).toInt();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (SyncFixture::contestctl().isEmpty() || qEnvironmentVariableIsEmpty("CONTEST_SERVER"))
            QSKIP("CONTESTCTL and CONTEST_SERVER must name the binaries (ctest sets them)");
        if (!TestEngine::onPostgres())
            QSKIP("two processes share a PostgreSQL database (the -postgresql run)");
        QVERIFY(m_fx.makeCertificates());
        m_fx.setServerOnTestEngine(true);
        // Small pages: a sync during the load reads many of them while rows arrive.
        const QStringList options{QStringLiteral("--client-rate"),  QStringLiteral("1000"),
                                  QStringLiteral("--client-burst"), QStringLiteral("5000"),
                                  QStringLiteral("--page-size"),    QStringLiteral("7")};
        const QString urlA = m_fx.startServer(QStringLiteral("two.sqlite"), options);
        QVERIFY(!urlA.isEmpty());
        const QString urlB = m_fx.startAnotherServer(options);
        QVERIFY(!urlB.isEmpty());
        QVERIFY(urlA != urlB);
        m_a = std::make_unique<SiteClient>(urlA, m_fx.caFile());
        m_b = std::make_unique<SiteClient>(urlB, QString());

        m_clientDb =
            std::make_unique<TestLocation>(m_fx.path(QString()), QStringLiteral("client.sqlite"));
        const QString db = m_clientDb->location();
        QVERIFY(m_fx.makeOpenDemo(db, kAttemptsMax));
        m_server = QStringList{QStringLiteral("--server"),     urlA,
                               QStringLiteral("--token-file"), m_fx.tokenFile(),
                               QStringLiteral("--ca-file"),    m_fx.caFile()};
        const auto published =
            m_fx.ctl(QStringList{QStringLiteral("--db"), db, QStringLiteral("publish")} + m_server);
        QVERIFY2(published.exitCode == 0, qPrintable(published.err));
        // Published through A, served by B: the package is in the shared database.
        const auto info =
            m_b->call("GET", QStringLiteral("/api/v1/contests/%1/public").arg(kContest));
        QCOMPARE(info.status, 200);
        QCOMPARE(info.json().value(QLatin1String("attempts_max")).toInt(), kAttemptsMax);
        m_units = info.json().value(QLatin1String("units")).toArray();
        QVERIFY(!m_units.isEmpty());
    }

    void attemptsMaxHoldsAcrossProcesses()
    {
        // Five people each start six times at once, three to each process.
        for (int who = 0; who < 5; ++who) {
            const QByteArray body = startBody(person(QStringLiteral("05119900000%1").arg(who)));
            const auto answers =
                toBoth("POST",
                       QStringList(6, QStringLiteral("/api/v1/contests/%1/attempts").arg(kContest)),
                       QList<QByteArray>(6, body), QList<SiteClient::Headers>(6));
            int started = 0;
            for (const auto& r : answers) {
                // 429 with Retry-After: this person has used every attempt (contest-site.md).
                QVERIFY2(r.status == 201 || r.status == 429, r.body.constData());
                started += r.status == 201 ? 1 : 0;
            }
            QCOMPARE(started, kAttemptsMax);
        }
        QCOMPARE(SyncFixture::scalar(m_fx.serverData(),
                                     QStringLiteral("SELECT MAX(n) FROM (SELECT COUNT(*) AS n "
                                                    "FROM attempts GROUP BY identity) AS per")),
                 qint64(kAttemptsMax));
    }

    void syncPullsEverySubmissionOnceInOrder()
    {
        const QString db = m_clientDb->location();
        QStringList acknowledged = startAndSubmit(20);
        // A sync that runs while both processes take more submissions.
        QProcess during;
        during.start(SyncFixture::contestctl(),
                     QStringList{QStringLiteral("--db"), db, QStringLiteral("sync")} + m_server);
        QVERIFY(during.waitForStarted());
        for (int round = 0; round < 4; ++round)
            acknowledged += startAndSubmit(20);
        if (during.state() != QProcess::NotRunning) {
            QSignalSpy done(&during, &QProcess::finished);
            QVERIFY(done.wait(60000));
        }
        const QString duringOut = QString::fromUtf8(during.readAllStandardOutput());
        QVERIFY2(during.exitCode() == 0, during.readAllStandardError().constData());
        const auto after =
            m_fx.ctl(QStringList{QStringLiteral("--db"), db, QStringLiteral("sync")} + m_server);
        QVERIFY2(after.exitCode == 0, qPrintable(after.err));

        QCOMPARE(acknowledged.size(), 100);
        const int first = storedCount(duringOut);
        const int second = storedCount(after.out);
        QVERIFY2(first >= 0 && second >= 0, qPrintable(duringOut + after.out));
        QVERIFY2(first + second == int(acknowledged.size()), qPrintable(duringOut + after.out));
        const QSet<QString> stored = SyncFixture::clientIds(db);
        QCOMPARE(stored, QSet<QString>(acknowledged.begin(), acknowledged.end()));

        // The admin API's pages from either process: every row once, in arrival order.
        const QStringList inDatabase = m_fx.serverIds();
        for (SiteClient* client : {m_a.get(), m_b.get()}) {
            QStringList paged;
            QString cursor = QStringLiteral("0");
            for (;;) {
                const auto page = client->admin(
                    "GET", QStringLiteral("/api/v1/contests/%1/submissions?after=%2&limit=100")
                               .arg(kContest, cursor));
                QCOMPARE(page.status, 200);
                for (const QJsonValue& item : page.json().value(QLatin1String("items")).toArray())
                    paged << item.toObject().value(QLatin1String("id")).toString();
                cursor = page.json().value(QLatin1String("cursor")).toString();
                if (!page.json().value(QLatin1String("has_more")).toBool())
                    break;
            }
            QCOMPARE(paged, inDatabase);
        }
        QCOMPARE(inDatabase.size(), acknowledged.size());
    }
};

QTEST_GUILESS_MAIN(TestSiteTwoServers)
#include "TestSiteTwoServers.moc"
