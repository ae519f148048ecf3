// Publish and sync between the real contestctl and the real contest-server over TLS:
// through every injected fault, after a kill, without the CA, with a wrong token.
#include "SyncFixture.h"
#include "TestDatabase.h"

#include "contest/ContestRepository.h"
#include "demo/DemoContest.h"
#include "storage/ContestDatabase.h"
#include "sync/PackageBuilder.h"
#include "sync/ServerClient.h"
#include "sync/SyncEngine.h"

#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QtTest>

namespace {
struct Summary
{
    int added = 0, duplicates = 0, conflicts = 0, invalid = 0, total = 0;
};
std::optional<Summary> parseSummary(const QString& out)
{
    static const QRegularExpression re(
        QStringLiteral(
            "^new (\\d+), duplicate (\\d+), conflict (\\d+), invalid (\\d+), total (\\d+)$"),
        QRegularExpression::MultilineOption);
    const QRegularExpressionMatch m = re.match(out);
    if (!m.hasMatch())
        return std::nullopt;
    return Summary{m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt(),
                   m.captured(4).toInt(), m.captured(5).toInt()};
}
} // namespace

class TestSyncIntegration : public QObject
{
    Q_OBJECT

private:
    SyncFixture m_fx;
    // Client databases: files beside the fixture's, or on the -postgresql run databases on
    // the PostgreSQL test server (the server keeps its SQLite file either way).
    std::vector<std::unique_ptr<TestLocation>> m_clientDbs;
    QString m_url;
    QString m_syncErrors; // stderr of every sync run of syncUntilDone

    QString clientDb(const QString& name)
    {
        const QFileInfo file(m_fx.path(name));
        m_clientDbs.push_back(std::make_unique<TestLocation>(file.absolutePath(), file.fileName()));
        return m_clientDbs.back()->location();
    }

    QString freshClientDb(const QString& name)
    {
        const QString db = clientDb(name);
        const SyncFixture::Run demo = m_fx.ctl({QStringLiteral("--db"), db, QStringLiteral("demo"),
                                                QStringLiteral("--people"), QStringLiteral("0")});
        if (demo.exitCode != 0)
            qWarning() << demo.err;
        return db;
    }
    // Runs the sync until a run succeeds (at most 12 runs), adding up the summaries. Only a
    // truncated page may stop a run: exit 2, "malformed page", nothing of it stored.
    std::optional<Summary> syncUntilDone(const QStringList& args, int& malformedRuns)
    {
        Summary sum;
        for (int run = 0; run < 12; ++run) {
            const SyncFixture::Run r = m_fx.ctl(args);
            m_syncErrors += r.err;
            const auto s = parseSummary(r.out);
            if (!s)
                return std::nullopt;
            sum.added += s->added;
            sum.invalid += s->invalid;
            sum.duplicates += s->duplicates;
            sum.conflicts += s->conflicts;
            sum.total += s->total;
            if (r.exitCode != 0) {
                if (r.exitCode != 2 || !r.err.contains(QLatin1String("malformed page"))) {
                    qWarning() << r.exitCode << r.err;
                    return std::nullopt;
                }
                ++malformedRuns;
                continue;
            }
            return sum;
        }
        return std::nullopt;
    }
    ServerConfig clientConfig() const
    {
        ServerConfig config;
        config.baseUrl = QUrl(m_url);
        config.token = "s3cret-token";
        config.caFile = m_fx.caFile();
        return config;
    }

    QStringList serverArgs(const QStringList& more) const
    {
        return QStringList{QStringLiteral("--server"), m_url, QStringLiteral("--token-file"),
                           m_fx.tokenFile()} +
               more;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (SyncFixture::contestctl().isEmpty() || qEnvironmentVariableIsEmpty("CONTEST_SERVER"))
            QSKIP("CONTESTCTL and CONTEST_SERVER must name the binaries (ctest sets them)");
        QVERIFY(m_fx.makeCertificates());
    }

    // 2,000 submissions in pages of 100 with every fault injected: runs stopped by a
    // malformed (truncated) page are run again; in the end every server item is stored
    // exactly once, and a further sync adds nothing.
    void syncThroughEveryFault()
    {
        m_url = m_fx.startServer(
            QStringLiteral("faults.sqlite"),
            {QStringLiteral("--generate"), QStringLiteral("2000"), QStringLiteral("--page-size"),
             QStringLiteral("100"), QStringLiteral("--fault-rate"), QStringLiteral("0.35"),
             QStringLiteral("--faults"), QStringLiteral("503,429,500,cut,truncate,slow"),
             QStringLiteral("--slow-ms"), QStringLiteral("1300"), QStringLiteral("--seed"),
             QStringLiteral("11")});
        QVERIFY(!m_url.isEmpty());
        const QString db = freshClientDb(QStringLiteral("faults-client.sqlite"));
        const SyncFixture::Run published =
            m_fx.ctl(QStringList{QStringLiteral("--db"), db, QStringLiteral("publish")} +
                     serverArgs({QStringLiteral("--ca-file"), m_fx.caFile()}));
        QCOMPARE(published.exitCode, 0);
        QVERIFY2(published.out.contains(QLatin1String("package_version 1")),
                 qPrintable(published.out));
        QVERIFY(published.out.contains(QLatin1String("submissions so far: 2000")));

        const QStringList sync =
            QStringList{QStringLiteral("--db"), db, QStringLiteral("sync")} +
            serverArgs({QStringLiteral("--ca-file"), m_fx.caFile(), QStringLiteral("--timeout"),
                        QStringLiteral("1"), QStringLiteral("--page-size"), QStringLiteral("1000"),
                        QStringLiteral("--progress")});
        int malformedRuns = 0;
        const std::optional<Summary> first = syncUntilDone(sync, malformedRuns);
        QVERIFY(first);
        const Summary sum = *first;
        QVERIFY(malformedRuns >= 1);
        const QStringList server = m_fx.serverIds();
        QCOMPARE(server.size(), 2000);
        QCOMPARE(SyncFixture::clientIds(db), QSet<QString>(server.begin(), server.end()));
        QCOMPARE(SyncFixture::scalar(db, QStringLiteral("SELECT COUNT(*) FROM submissions")), 2000);
        QCOMPARE(
            SyncFixture::scalar(db, QStringLiteral("SELECT COUNT(*) FROM submission_conflicts")),
            0);
        QCOMPARE(SyncFixture::scalar(db, QStringLiteral("SELECT items FROM sync_state")), 2000);
        // Retry-After (1 s) is waited for on 503 and 429; other failures back off from 250 ms.
        QVERIFY2(m_syncErrors.contains(QLatin1String("in 1000 ms: HTTP 503")),
                 qPrintable(m_syncErrors));
        QVERIFY(m_syncErrors.contains(QLatin1String("in 1000 ms: HTTP 429")));
        QVERIFY(m_syncErrors.contains(QLatin1String("ms: HTTP 500")));
        // Over all runs, failed ones included: each item stored once, none twice.
        QCOMPARE(sum.total, 2000);
        QCOMPARE(sum.added + sum.invalid, 2000);
        QCOMPARE(sum.conflicts, 0);
        QCOMPARE(sum.duplicates, 0);

        // The server still injects faults: the second sync too may need more than one run.
        const std::optional<Summary> again = syncUntilDone(sync, malformedRuns);
        QVERIFY(again);
        QCOMPARE(again->total, 0);
        QCOMPARE(SyncFixture::scalar(db, QStringLiteral("SELECT COUNT(*) FROM submissions")), 2000);

        m_fx.stopServer();
        for (const char* fault : {"503", "429", "500", "cut", "truncate", "slow"})
            QVERIFY2(m_fx.serverLog().contains(QLatin1String("fault ") + QLatin1String(fault)),
                     fault);
    }

    // A sync killed after some pages keeps exactly the pages it committed (cursor and
    // rows agree); the next run resumes and ends with the same result as an unbroken one.
    void killMidRunThenResume()
    {
        m_url = m_fx.startServer(
            QStringLiteral("kill.sqlite"),
            {QStringLiteral("--generate"), QStringLiteral("2000"), QStringLiteral("--page-size"),
             QStringLiteral("50"), QStringLiteral("--fault-rate"), QStringLiteral("1"),
             QStringLiteral("--faults"), QStringLiteral("slow"), QStringLiteral("--slow-ms"),
             QStringLiteral("150"), QStringLiteral("--seed"), QStringLiteral("5")});
        QVERIFY(!m_url.isEmpty());
        // 40 pages of 150 ms: longer than a transaction may grow (2 s), so the kill comes
        // after a commit and before the end.
        const QString db = freshClientDb(QStringLiteral("kill-client.sqlite"));

        QProcess sync;
        sync.start(SyncFixture::contestctl(),
                   QStringList{QStringLiteral("--db"), db, QStringLiteral("sync")} +
                       serverArgs({QStringLiteral("--ca-file"), m_fx.caFile(),
                                   QStringLiteral("--progress")}));
        QByteArray err;
        QDeadlineTimer deadline(30000);
        while (!err.contains("page 6 stored") && !deadline.hasExpired() &&
               sync.state() != QProcess::NotRunning) {
            sync.waitForReadyRead(100);
            err += sync.readAllStandardError();
        }
        QVERIFY2(err.contains("page 6 stored"), err.constData());
        sync.kill();
        QVERIFY(sync.waitForFinished(5000));

        const qint64 stored =
            SyncFixture::scalar(db, QStringLiteral("SELECT COUNT(*) FROM submissions"));
        QVERIFY(stored >= 300 && stored < 2000);
        QCOMPARE(SyncFixture::scalar(db, QStringLiteral("SELECT items FROM sync_state")), stored);
        QCOMPARE(SyncFixture::scalar(
                     db, QStringLiteral("SELECT CAST(cursor AS INTEGER) FROM sync_state")),
                 stored);

        const SyncFixture::Run resumed =
            m_fx.ctl(QStringList{QStringLiteral("--db"), db, QStringLiteral("sync")} +
                     serverArgs({QStringLiteral("--ca-file"), m_fx.caFile()}));
        QCOMPARE(resumed.exitCode, 0);
        const auto s = parseSummary(resumed.out);
        QVERIFY(s);
        QCOMPARE(qint64(s->total), 2000 - stored);
        QCOMPARE(s->duplicates, 0);
        const QStringList server = m_fx.serverIds();
        QCOMPARE(SyncFixture::clientIds(db), QSet<QString>(server.begin(), server.end()));
        QCOMPARE(SyncFixture::scalar(db, QStringLiteral("SELECT COUNT(*) FROM submissions")), 2000);

        // The same submissions without the slow pages for the tests that follow.
        m_url = m_fx.startServer(QStringLiteral("plain.sqlite"),
                                 {QStringLiteral("--generate"), QStringLiteral("2000"),
                                  QStringLiteral("--page-size"), QStringLiteral("50"),
                                  QStringLiteral("--seed"), QStringLiteral("5")});
        QVERIFY(!m_url.isEmpty());
    }

    // No CA: the certificate is refused, the message says so, nothing is stored.
    void untrustedCertificateStoresNothing()
    {
        QVERIFY(!m_url.isEmpty());
        const QString db = freshClientDb(QStringLiteral("untrusted-client.sqlite"));
        const SyncFixture::Run r = m_fx.ctl(
            QStringList{QStringLiteral("--db"), db, QStringLiteral("sync")} + serverArgs({}));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("certificate is not trusted")), qPrintable(r.err));
        QVERIFY(r.err.contains(m_fx.serverCertSha256()));
        QCOMPARE(SyncFixture::scalar(db, QStringLiteral("SELECT COUNT(*) FROM submissions")), 0);
        QCOMPARE(SyncFixture::scalar(db, QStringLiteral("SELECT COUNT(*) FROM sync_state")), 0);
    }

    // The core API: a fresh manager without the CA gets the peer's details for a dialog;
    // pinning exactly that fingerprint then works, a different one does not.
    void peerCertificateAndPinning()
    {
        QVERIFY(!m_url.isEmpty());
        ServerConfig config;
        config.baseUrl = QUrl(m_url);
        config.token = "s3cret-token";
        {
            QNetworkAccessManager manager;
            ServerClient client(manager, config);
            try {
                client.contest(QStringLiteral("sonha-2024"));
                QFAIL("an untrusted certificate was accepted");
            } catch (const CertificateError& e) {
                QCOMPARE(e.peer().sha256, m_fx.serverCertSha256());
                QVERIFY(e.peer().subject.contains(QLatin1String("localhost")));
                QVERIFY(e.peer().issuer.contains(QLatin1String("Contest Test CA")));
                QVERIFY(e.peer().notAfter > QDateTime::currentDateTimeUtc());
            }
        }
        {
            QNetworkAccessManager manager;
            config.pinnedSha256 = QByteArray(64, 'A');
            ServerClient client(manager, config);
            QVERIFY_THROWS_EXCEPTION(CertificateError,
                                     client.contest(QStringLiteral("sonha-2024")));
        }
        {
            QNetworkAccessManager manager;
            config.pinnedSha256 = m_fx.serverCertSha256().toLatin1();
            ServerClient client(manager, config);
            QCOMPARE(client.contest(QStringLiteral("sonha-2024"))
                         .value(QLatin1String("submission_count"))
                         .toInt(),
                     2000);
        }
    }

    void wrongTokenSays401()
    {
        QVERIFY(!m_url.isEmpty());
        const QString db = freshClientDb(QStringLiteral("token-client.sqlite"));
        QFile bad(m_fx.path(QStringLiteral("bad-token")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("not-the-token");
        bad.close();
        const SyncFixture::Run r =
            m_fx.ctl({QStringLiteral("--db"), db, QStringLiteral("sync"),
                      QStringLiteral("--server"), m_url, QStringLiteral("--token-file"),
                      bad.fileName(), QStringLiteral("--ca-file"), m_fx.caFile()});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("HTTP 401")) &&
                     r.err.contains(QLatin1String("token")),
                 qPrintable(r.err));
        QCOMPARE(SyncFixture::scalar(db, QStringLiteral("SELECT COUNT(*) FROM submissions")), 0);
    }

    // `token set` keeps the token (here in the 0600 file: no D-Bus), and a sync without
    // --token-file uses it.
    void storedTokenIsUsed()
    {
        QVERIFY(!m_url.isEmpty());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_fx.path(QStringLiteral("config")));
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        const SyncFixture::Run set =
            m_fx.ctl({QStringLiteral("token"), QStringLiteral("set"), QStringLiteral("--server"),
                      m_url + QLatin1Char('/'), QStringLiteral("--token-file"), m_fx.tokenFile()},
                     60000, env);
        QCOMPARE(set.exitCode, 0);
        QVERIFY2(set.out.contains(QLatin1String("stored in")), qPrintable(set.out));
        QVERIFY(!set.out.contains(QLatin1String("s3cret-token")));
        const QString db = freshClientDb(QStringLiteral("stored-token-client.sqlite"));
        const SyncFixture::Run sync = m_fx.ctl({QStringLiteral("--db"), db, QStringLiteral("sync"),
                                                QStringLiteral("--server"), m_url,
                                                QStringLiteral("--ca-file"), m_fx.caFile()},
                                               60000, env);
        QCOMPARE(sync.exitCode, 0);
        const auto summary = parseSummary(sync.out);
        QVERIFY2(summary, qPrintable(sync.out));
        QCOMPARE(summary->total, 2000);
        QCOMPARE(summary->added + summary->invalid, 2000);
    }

    // A package that could not draw an attempt is refused before anything is sent.
    void publishChecksLocallyFirst()
    {
        QVERIFY(!m_url.isEmpty());
        const QString db = freshClientDb(QStringLiteral("short-bank-client.sqlite"));
        QFile settings(m_fx.path(QStringLiteral("short-bank.json")));
        QVERIFY(settings.open(QIODevice::WriteOnly));
        settings.write(
            R"({"blueprint": [{"topic": "TTHC", "count": 100}], "questions_per_attempt": 100})");
        settings.close();
        QCOMPARE(m_fx.ctl({QStringLiteral("--db"), db, QStringLiteral("contest"),
                           QStringLiteral("set"), settings.fileName()})
                     .exitCode,
                 0);
        const SyncFixture::Run r =
            m_fx.ctl(QStringList{QStringLiteral("--db"), db, QStringLiteral("publish")} +
                     serverArgs({QStringLiteral("--ca-file"), m_fx.caFile()}));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("TTHC")) && r.err.contains(QLatin1String("approved")),
                 qPrintable(r.err));
    }

    // The core API the progress dialog will use: progress after each page, and cancel()
    // stopping cleanly; the next run resumes. A transaction holds whole pages (here up to
    // 100 items: two pages of 50), so a cancel from pageStored (sent after the commit)
    // takes effect after that transaction, and the pages are reported one by one.
    void cancelAfterAPageThenResume()
    {
        QVERIFY(!m_url.isEmpty());
        auto db = ContestDatabase::openAndMigrate(clientDb(QStringLiteral("cancel-client.sqlite")));
        DemoContest::populate(*db, 0);
        ServerConfig config;
        config.baseUrl = QUrl(m_url);
        config.token = "s3cret-token";
        config.caFile = m_fx.caFile();
        QNetworkAccessManager manager;
        ServerClient client(manager, config);
        SyncEngine engine(*db, client);
        engine.setTransactionLimits(100, 60000);
        QSignalSpy progress(&engine, &SyncEngine::progress);
        connect(&engine, &SyncEngine::pageStored, &engine, [&engine] { engine.cancel(); });
        const StoreSummary first = engine.run();
        QVERIFY(engine.wasCancelled());
        QCOMPARE(first.total(), 100); // the server's pages hold 50
        QCOMPARE(engine.transactions(), 1);
        QCOMPARE(progress.count(), 2);
        QCOMPARE(progress.at(0).at(0).toInt(), 1);
        QCOMPARE(progress.at(0).at(1).toLongLong(), 50);
        QCOMPARE(progress.at(1).at(1).toLongLong(), 100);
        QCOMPARE(
            SyncFixture::scalar(db->location(), QStringLiteral("SELECT items FROM sync_state")),
            100);

        disconnect(&engine, &SyncEngine::pageStored, &engine, nullptr);
        const StoreSummary rest = engine.run();
        QVERIFY(!engine.wasCancelled());
        QCOMPARE(rest.total(), 1900);
        QCOMPARE(rest.duplicates, 0);
        QCOMPARE(progress.count(), 40);
        QCOMPARE(engine.transactions(), 19);
    }

    // With a transaction per page (the limit at one item), cancel() from pageStored stops
    // after exactly that page.
    void cancelWithATransactionPerPage()
    {
        QVERIFY(!m_url.isEmpty());
        auto db =
            ContestDatabase::openAndMigrate(clientDb(QStringLiteral("cancel1-client.sqlite")));
        DemoContest::populate(*db, 0);
        QNetworkAccessManager manager;
        ServerClient client(manager, clientConfig());
        SyncEngine engine(*db, client);
        engine.setTransactionLimits(1, 0);
        connect(&engine, &SyncEngine::pageStored, &engine, [&engine] { engine.cancel(); });
        QCOMPARE(engine.run().total(), 50);
        QVERIFY(engine.wasCancelled());
        QCOMPARE(engine.transactions(), 1);
        disconnect(&engine, &SyncEngine::pageStored, &engine, nullptr);
        QCOMPARE(engine.run().total(), 1950);
        QCOMPARE(engine.transactions(), 39);
    }

    // Two syncs into one database: the second stores its first page only after the first
    // sync stored the same page. The cursor compare-and-swap rolls that page back and stops
    // the second with a clear message; every item is stored exactly once.
    void secondSyncOfTheSamePageIsRolledBack()
    {
        QVERIFY(!m_url.isEmpty());
        const QString location = clientDb(QStringLiteral("two-syncs-client.sqlite"));
        auto dbA = ContestDatabase::openAndMigrate(location);
        DemoContest::populate(*dbA, 0);
        auto dbB = ContestDatabase::openAndMigrate(location);
        QNetworkAccessManager managerA, managerB;
        ServerClient clientA(managerA, clientConfig()), clientB(managerB, clientConfig());
        SyncEngine a(*dbA, clientA), b(*dbB, clientB);
        a.setMaxPages(1);
        int raced = 0;
        b.setBeforeStoreHook([&] {
            if (raced++ == 0)
                a.run(); // stores the page B holds, and moves the cursor past it
        });
        QString message;
        try {
            b.run();
        } catch (const EnvironmentError& e) {
            message = e.message();
        }
        QVERIFY2(message.contains(QLatin1String("another sync")), qPrintable(message));
        QVERIFY(message.contains(QLatin1String("nothing of this page was stored")));
        QCOMPARE(b.stored().total(), 0);
        QCOMPARE(a.stored().total(), 50);
        QCOMPARE(a.stored().duplicates, 0);

        // Both resume from the stored cursor: nothing twice, nothing missing.
        b.setBeforeStoreHook({});
        const StoreSummary rest = b.run();
        QCOMPARE(rest.total(), 1950);
        QCOMPARE(rest.duplicates, 0);
        a.setMaxPages(0);
        QCOMPARE(a.run().total(), 0);
        QCOMPARE(SyncFixture::scalar(location, QStringLiteral("SELECT COUNT(*) FROM submissions")),
                 2000);
        QCOMPARE(SyncFixture::scalar(location, QStringLiteral("SELECT items FROM sync_state")),
                 2000);
    }

    // The same with two syncs really at once, each on its own thread and connection: each
    // runs until it finishes, starting again whenever the other moved the cursor under it.
    void twoSyncsAtOnceStoreEachItemOnce()
    {
        QVERIFY(!m_url.isEmpty());
        const QString location = clientDb(QStringLiteral("parallel-syncs-client.sqlite"));
        {
            auto db = ContestDatabase::openAndMigrate(location);
            DemoContest::populate(*db, 0);
        }
        struct Outcome
        {
            StoreSummary stored;
            int collisions = 0;
            QString failure;
        };
        Outcome outcomes[2];
        const ServerConfig config = clientConfig();
        auto syncer = [&config, &location](Outcome& out) {
            try {
                auto db = ContestDatabase::openAndMigrate(location);
                QNetworkAccessManager manager;
                ServerClient client(manager, config);
                SyncEngine engine(*db, client);
                engine.setPageLimit(50);
                for (int attempt = 0; attempt < 200; ++attempt) {
                    try {
                        engine.run();
                        out.stored += engine.stored();
                        return;
                    } catch (const EnvironmentError& e) {
                        out.stored += engine.stored();
                        if (!e.message().contains(QLatin1String("another sync")))
                            throw;
                        ++out.collisions;
                    }
                }
                out.failure = QStringLiteral("never finished");
            } catch (const std::exception& e) {
                out.failure = QString::fromUtf8(e.what());
            }
        };
        std::unique_ptr<QThread> first(QThread::create(syncer, std::ref(outcomes[0])));
        std::unique_ptr<QThread> second(QThread::create(syncer, std::ref(outcomes[1])));
        first->start();
        second->start();
        QVERIFY(first->wait(120000));
        QVERIFY(second->wait(120000));
        for (const Outcome& o : outcomes) {
            QVERIFY2(o.failure.isEmpty(), qPrintable(o.failure));
            QCOMPARE(o.stored.duplicates, 0); // no page was stored by both
            QCOMPARE(o.stored.conflicts, 0);
        }
        QCOMPARE(outcomes[0].stored.total() + outcomes[1].stored.total(), 2000);
        QCOMPARE(SyncFixture::scalar(location, QStringLiteral("SELECT COUNT(*) FROM submissions")),
                 2000);
        const QStringList server = m_fx.serverIds();
        QCOMPARE(SyncFixture::clientIds(location), QSet<QString>(server.begin(), server.end()));
        qInfo("collisions: %d and %d", outcomes[0].collisions, outcomes[1].collisions);
    }

    // The server's refusals reach the caller with its message: 409 for changed questions
    // once the window opened with submissions, 400 for a malformed package.
    void publishRefusals()
    {
        QVERIFY(!m_url.isEmpty());
        auto db =
            ContestDatabase::openAndMigrate(clientDb(QStringLiteral("publish-client.sqlite")));
        DemoContest::populate(*db, 0);
        QJsonObject package = PackageBuilder(*db).build();
        ServerConfig config;
        config.baseUrl = QUrl(m_url);
        config.token = "s3cret-token";
        config.caFile = m_fx.caFile();
        QNetworkAccessManager manager;
        ServerClient client(manager, config);
        const int version = client.publish(QStringLiteral("sonha-2024"), package);
        QCOMPARE(client.publish(QStringLiteral("sonha-2024"), package),
                 version); // the same again: no bump

        QJsonArray questions = package.value(QLatin1String("questions")).toArray();
        QJsonObject q = questions.first().toObject();
        q.insert(QStringLiteral("text"), QStringLiteral("Câu hỏi đã sửa?"));
        questions.replace(0, q);
        package.insert(QStringLiteral("questions"), questions);
        try {
            client.publish(QStringLiteral("sonha-2024"), package);
            QFAIL("changed questions were accepted after the window opened");
        } catch (const UserError& e) {
            QVERIFY2(e.message().contains(QLatin1String("409")) &&
                         e.message().contains(QLatin1String("questions")),
                     qPrintable(e.message()));
        }
        package.remove(QStringLiteral("opens_at"));
        try {
            client.publish(QStringLiteral("sonha-2024"), package);
            QFAIL("a malformed package was accepted");
        } catch (const UserError& e) {
            QVERIFY2(e.message().contains(QLatin1String("400")) &&
                         e.message().contains(QLatin1String("opens_at")),
                     qPrintable(e.message()));
        }
    }

    void cleanupTestCase() { m_fx.stopServer(); }
};

QTEST_GUILESS_MAIN(TestSyncIntegration)
#include "TestSyncIntegration.moc"
