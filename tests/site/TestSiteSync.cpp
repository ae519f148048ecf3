// A contestant's attempt on the site, then `contestctl sync`: the suite stores the
// SUBMISSION with the server's times and meta, and grades it with its own key.
#include "SiteClient.h"
#include "SitePackage.h"
#include "SyncFixture.h"
#include "TestDatabase.h"

#include "contest/ContestRepository.h"
#include "storage/ContestDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

class TestSiteSync : public QObject
{
    Q_OBJECT

private:
    SyncFixture m_fx;
    std::unique_ptr<TestLocation> m_clientDb;
    QString m_url;
    QString m_db;
    QStringList m_server;

    // The key, read from the server's own file (what the site never sends).
    QHash<QString, QString> answerKey() const
    {
        const QJsonArray bank =
            QJsonDocument::fromJson(
                SyncFixture::text(m_fx.serverData(),
                                  QStringLiteral("SELECT package_json FROM contests"))
                    .toUtf8())
                .object()
                .value(QLatin1String("questions"))
                .toArray();
        QHash<QString, QString> key;
        for (const QJsonValue& q : bank)
            key.insert(q.toObject().value(QLatin1String("id")).toString(),
                       q.toObject().value(QLatin1String("answer")).toString());
        return key;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (SyncFixture::contestctl().isEmpty() || qEnvironmentVariableIsEmpty("CONTEST_SERVER"))
            QSKIP("CONTESTCTL and CONTEST_SERVER must name the binaries (ctest sets them)");
        QVERIFY(m_fx.makeCertificates());
        // On the -postgresql run the server keeps its data in PostgreSQL too.
        m_fx.setServerOnTestEngine(true);
        // Generous client limits: the browser loads pages, style, script and saves often.
        m_url = m_fx.startServer(QStringLiteral("site.sqlite"),
                                 {QStringLiteral("--client-rate"), QStringLiteral("100"),
                                  QStringLiteral("--client-burst"), QStringLiteral("500")});
        QVERIFY(!m_url.isEmpty());
        m_clientDb =
            std::make_unique<TestLocation>(m_fx.path(QString()), QStringLiteral("client.sqlite"));
        m_db = m_clientDb->location();
        const QString db = m_db;
        QVERIFY(m_fx.makeOpenDemo(db));
        m_server = QStringList{QStringLiteral("--server"),     m_url,
                               QStringLiteral("--token-file"), m_fx.tokenFile(),
                               QStringLiteral("--ca-file"),    m_fx.caFile()};
        const auto published =
            m_fx.ctl(QStringList{QStringLiteral("--db"), db, QStringLiteral("publish")} + m_server);
        QVERIFY2(published.exitCode == 0, qPrintable(published.err));
    }

    void syncStoresAndGradesASiteAttempt()
    {
        const QString& url = m_url;
        const QString& db = m_db;
        const QStringList& server = m_server;
        SiteClient site(url, m_fx.caFile());
        const QJsonObject info =
            site.call("GET", QStringLiteral("/api/v1/contests/sonha-2024/public")).json();
        QCOMPARE(info.value(QLatin1String("state")).toString(), QStringLiteral("open"));
        QJsonObject person = SitePackage::contestant(QStringLiteral("051190001234"),
                                                     QStringLiteral("Trần Thị Bình"));
        person.insert(QStringLiteral("unit"), info.value(QLatin1String("units"))
                                                  .toArray()
                                                  .first()
                                                  .toObject()
                                                  .value(QLatin1String("code")));
        const auto started =
            site.json("POST", QStringLiteral("/api/v1/contests/sonha-2024/attempts"),
                      QJsonObject{{QStringLiteral("contestant"), person}});
        QCOMPARE(started.status, 201);
        const QJsonArray questions = started.json().value(QLatin1String("questions")).toArray();
        QCOMPARE(questions.size(), info.value(QLatin1String("questions_per_attempt")).toInt());

        const QHash<QString, QString> key = answerKey();
        QJsonArray answers; // the first half right, the rest "A" (right only where A is the key)
        int expected = 0;
        for (qsizetype i = 0; i < questions.size(); ++i) {
            const QString q = questions.at(i).toObject().value(QLatin1String("q")).toString();
            const QString a = i < questions.size() / 2 ? key.value(q) : QStringLiteral("A");
            expected += a == key.value(q) ? 1 : 0;
            answers << QJsonObject{{QStringLiteral("q"), q}, {QStringLiteral("a"), a}};
        }
        const SiteClient::Headers secret{
            {"X-Attempt-Secret",
             started.json().value(QLatin1String("secret")).toString().toLatin1()}};
        const QString path = QStringLiteral("/api/v1/attempts/%1/")
                                 .arg(started.json().value(QLatin1String("attempt")).toString());
        QCOMPARE(site.json("PUT", path + QStringLiteral("answers"),
                           QJsonObject{{QStringLiteral("answers"), answers},
                                       {QStringLiteral("prediction"), 812}},
                           secret)
                     .status,
                 204);
        const auto submitted =
            site.json("POST", path + QStringLiteral("submit"), QJsonObject(), secret);
        QCOMPARE(submitted.status, 200);

        const auto sync =
            m_fx.ctl(QStringList{QStringLiteral("--db"), db, QStringLiteral("sync")} + server);
        QVERIFY2(sync.exitCode == 0, qPrintable(sync.err));
        QVERIFY2(sync.out.contains(QLatin1String("new 1, duplicate 0, conflict 0, invalid 0")),
                 qPrintable(sync.out));
        const QString id = submitted.json().value(QLatin1String("submission")).toString();
        const QString where = QStringLiteral(" FROM submissions WHERE id = '%1'").arg(id);
        QCOMPARE(SyncFixture::text(db, QStringLiteral("SELECT started_at") + where),
                 started.json().value(QLatin1String("started_at")).toString());
        QCOMPARE(SyncFixture::text(db, QStringLiteral("SELECT submitted_at") + where),
                 submitted.json().value(QLatin1String("submitted_at")).toString());
        QCOMPARE(SyncFixture::scalar(db, QStringLiteral("SELECT correct") + where),
                 qint64(expected));
        QCOMPARE(SyncFixture::scalar(db, QStringLiteral("SELECT prediction") + where), qint64(812));
        QCOMPARE(SyncFixture::scalar(db, QStringLiteral("SELECT duration_ms") + where),
                 qint64(submitted.json().value(QLatin1String("duration_ms")).toDouble()));
        const QJsonObject raw =
            QJsonDocument::fromJson(
                SyncFixture::text(db, QStringLiteral("SELECT raw_json") + where).toUtf8())
                .object();
        QCOMPARE(raw.value(QLatin1String("meta")).toObject().value(QLatin1String("attempt")),
                 started.json().value(QLatin1String("attempt")));
    }

    // Issue 15's browser test: Debian's chromium, headless on a 390x844 viewport, driven
    // by tests/site/browser/site-browser.cjs (puppeteer-core, axe-core from npm): the form
    // (wrong, then right), answers saved as they go, a reload in the middle, the submit.
    // Then contestctl sync stores that submission with the server's times and grades it.
    void browserAttemptReachesTheSuite()
    {
        const QString modules = qEnvironmentVariable("CONTEST_BROWSER_MODULES");
        const QString chromium =
            qEnvironmentVariable("CHROMIUM", QStringLiteral("/usr/bin/chromium"));
        if (!QFileInfo::exists(chromium) ||
            !QFileInfo::exists(modules + QStringLiteral("/puppeteer-core")) ||
            QStandardPaths::findExecutable(QStringLiteral("node")).isEmpty())
            QSKIP("needs chromium, node and npm's puppeteer-core and axe-core in "
                  "CONTEST_BROWSER_MODULES "
                  "(installer/debian-setup.sh test installs them)");
        QProcess node;
        node.setProcessChannelMode(QProcess::SeparateChannels);
        node.start(QStringLiteral("node"), {QStringLiteral(CONTEST_BROWSER_SCRIPT), m_url, modules,
                                            qEnvironmentVariable("CONTEST_SCREENSHOT_DIR")});
        QVERIFY(node.waitForFinished(120000));
        const QByteArray err = node.readAllStandardError();
        QVERIFY2(node.exitCode() == 0, err.constData());
        const QJsonObject report =
            QJsonDocument::fromJson(node.readAllStandardOutput().trimmed()).object();
        qInfo("browser: %s", QJsonDocument(report).toJson(QJsonDocument::Compact).constData());
        QVERIFY2(report.value(QLatin1String("violations")).toArray().isEmpty(),
                 QJsonDocument(report.value(QLatin1String("violations")).toArray())
                     .toJson()
                     .constData());
        QVERIFY(report.value(QLatin1String("external")).toArray().isEmpty());
        QCOMPARE(report.value(QLatin1String("pages")).toArray().size(), 6);
        const QJsonArray fieldErrors = report.value(QLatin1String("fieldErrors")).toArray();
        QVERIFY(fieldErrors.contains(QStringLiteral("birth_year-error")));
        QVERIFY(!fieldErrors.contains(QStringLiteral("name-error")));
        const int perAttempt =
            SiteClient(m_url, m_fx.caFile())
                .call("GET", QStringLiteral("/api/v1/contests/sonha-2024/public"))
                .json()
                .value(QLatin1String("questions_per_attempt"))
                .toInt();
        QCOMPARE(report.value(QLatin1String("restored")).toInt(),
                 perAttempt / 2); // the reload lost nothing
        QCOMPARE(report.value(QLatin1String("answered")).toInt(), perAttempt);

        const auto sync =
            m_fx.ctl(QStringList{QStringLiteral("--db"), m_db, QStringLiteral("sync")} + m_server);
        QVERIFY2(sync.exitCode == 0, qPrintable(sync.err));
        QVERIFY2(sync.out.contains(QLatin1String("new 1, duplicate 0, conflict 0, invalid 0")),
                 qPrintable(sync.out));
        const QString id = report.value(QLatin1String("submission")).toString();
        const QJsonArray items =
            SiteClient(m_url, m_fx.caFile())
                .admin("GET", QStringLiteral("/api/v1/contests/sonha-2024/submissions"))
                .json()
                .value(QLatin1String("items"))
                .toArray();
        QJsonObject item;
        for (const QJsonValue& v : items)
            if (v.toObject().value(QLatin1String("id")).toString() == id)
                item = v.toObject();
        QVERIFY(!item.isEmpty());
        const QHash<QString, QString> key = answerKey();
        int expected = 0;
        for (const QJsonValue& a : item.value(QLatin1String("answers")).toArray())
            expected += a.toObject().value(QLatin1String("a")).toString() ==
                                key.value(a.toObject().value(QLatin1String("q")).toString())
                            ? 1
                            : 0;
        const QString where = QStringLiteral(" FROM submissions WHERE id = '%1'").arg(id);
        QCOMPARE(SyncFixture::text(m_db, QStringLiteral("SELECT started_at") + where),
                 item.value(QLatin1String("started_at")).toString());
        QCOMPARE(SyncFixture::text(m_db, QStringLiteral("SELECT submitted_at") + where),
                 item.value(QLatin1String("submitted_at")).toString());
        QCOMPARE(SyncFixture::scalar(m_db, QStringLiteral("SELECT correct") + where),
                 qint64(expected));
        QCOMPARE(SyncFixture::scalar(m_db, QStringLiteral("SELECT prediction") + where),
                 qint64(812));
        QCOMPARE(SyncFixture::text(m_db, QStringLiteral("SELECT name") + where),
                 QStringLiteral("Đỗ Thị <b>Mai</b>"));
    }
};

QTEST_GUILESS_MAIN(TestSiteSync)
#include "TestSiteSync.moc"
