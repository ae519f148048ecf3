// The contestant side of spec/contest-site.md, case by case, against the real
// contest-server over TLS on 127.0.0.1: window, draw, bad fields, attempts limit (also
// two starts at once), secret, resubmit, late submit, rate and size limits, and no key
// or token in any response body of the whole run.
#include "SiteClient.h"
#include "SitePackage.h"
#include "SyncFixture.h"

#include "core/Rfc3339.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QtTest>

class TestContestSiteApi : public QObject
{
    Q_OBJECT

private:
    SyncFixture m_fx;
    std::unique_ptr<SiteClient> m_client;
    QList<QByteArray> m_allBodies; // of every client of the run

    void startServer(const QStringList& extra = {})
    {
        if (m_client)
            m_allBodies << m_client->bodiesSeen();
        const QString url = m_fx.startServer(QStringLiteral("site.sqlite"), extra);
        QVERIFY(!url.isEmpty());
        m_client = std::make_unique<SiteClient>(url, m_fx.caFile());
    }
    void publish(const QJsonObject& package)
    {
        const auto r = m_client->admin("PUT",
                                       QStringLiteral("/api/v1/contests/%1/package")
                                           .arg(package.value(QLatin1String("code")).toString()),
                                       package);
        QVERIFY2(r.status == 200, r.body.constData());
    }
    SiteClient::Response start(const QString& code, const QJsonObject& contestant)
    {
        return m_client->json("POST", QStringLiteral("/api/v1/contests/%1/attempts").arg(code),
                              QJsonObject{{QStringLiteral("contestant"), contestant}});
    }
    static SiteClient::Headers secret(const SiteClient::Response& started)
    {
        return {{"X-Attempt-Secret",
                 started.json().value(QLatin1String("secret")).toString().toLatin1()}};
    }
    static QString attemptPath(const SiteClient::Response& started, const char* what)
    {
        return QStringLiteral("/api/v1/attempts/%1/%2")
            .arg(started.json().value(QLatin1String("attempt")).toString(), QLatin1String(what));
    }
    QJsonArray submissions(const QString& code)
    {
        const auto r =
            m_client->admin("GET", QStringLiteral("/api/v1/contests/%1/submissions").arg(code));
        return r.json().value(QLatin1String("items")).toArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("CONTEST_SERVER"))
            QSKIP("CONTEST_SERVER must name the binary (ctest sets it)");
        QVERIFY(m_fx.makeCertificates());
        // On the -postgresql run the server keeps its data in PostgreSQL too.
        m_fx.setServerOnTestEngine(true);
        // Generous limits: the late-submit case polls the clock; rateLimitPerClient sets its own.
        startServer({QStringLiteral("--client-rate"), QStringLiteral("200"),
                     QStringLiteral("--client-burst"), QStringLiteral("1000")});
    }

    void publicContestWithoutKeys()
    {
        publish(SitePackage::make(QStringLiteral("open"), -3600, 3600));
        const auto r = m_client->call("GET", QStringLiteral("/api/v1/contests/open/public"));
        QCOMPARE(r.status, 200);
        const QJsonObject o = r.json();
        QCOMPARE(o.value(QLatin1String("state")).toString(), QStringLiteral("open"));
        QCOMPARE(o.value(QLatin1String("questions_per_attempt")).toInt(), 6);
        QCOMPARE(o.value(QLatin1String("units")).toArray().size(), 2);
        QCOMPARE(o.value(QLatin1String("rules")).toString(),
                 QStringLiteral("Mỗi người thi tối đa 0 lượt."));
        QVERIFY(Rfc3339::parse(o.value(QLatin1String("server_time")).toString()));
        QVERIFY(!r.body.contains("questions\""));
        QVERIFY(r.header("Content-Security-Policy").contains("default-src 'self'"));
        QCOMPARE(m_client->call("GET", QStringLiteral("/api/v1/contests/nope/public")).status, 404);
    }

    void windowIsTheServers()
    {
        publish(SitePackage::make(QStringLiteral("later"), 3600, 7200));
        publish(SitePackage::make(QStringLiteral("past"), -7200, -3600));
        QCOMPARE(m_client->call("GET", QStringLiteral("/api/v1/contests/later/public"))
                     .json()
                     .value(QLatin1String("state"))
                     .toString(),
                 QStringLiteral("upcoming"));
        const auto early =
            start(QStringLiteral("later"), SitePackage::contestant(QStringLiteral("051190000001")));
        QCOMPARE(early.status, 403);
        QVERIFY2(early.json()
                     .value(QLatin1String("error"))
                     .toString()
                     .contains(QStringLiteral("mở lúc")),
                 early.body.constData());
        const auto late =
            start(QStringLiteral("past"), SitePackage::contestant(QStringLiteral("051190000001")));
        QCOMPARE(late.status, 403);
        QVERIFY(late.json()
                    .value(QLatin1String("error"))
                    .toString()
                    .contains(QStringLiteral("đã đóng")));
    }

    void drawFollowsTheBlueprint()
    {
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        const auto r =
            start(QStringLiteral("open"), SitePackage::contestant(QStringLiteral("051190000002")));
        QCOMPARE(r.status, 201);
        const QJsonObject o = r.json();
        const QJsonArray questions = o.value(QLatin1String("questions")).toArray();
        QCOMPARE(questions.size(), 6);
        QSet<QString> ids;
        int t1 = 0;
        for (const QJsonValue& q : questions) {
            const QString id = q.toObject().value(QLatin1String("q")).toString();
            ids.insert(id);
            t1 += id.mid(1).toInt() <= 6 ? 1 : 0;
            QCOMPARE(q.toObject().value(QLatin1String("options")).toArray().size(), 4);
            QVERIFY(!q.toObject().contains(QLatin1String("answer")));
        }
        QCOMPARE(ids.size(), 6);
        QVERIFY(t1 >= 3 && t1 <= 4); // 3 + 2 by the blueprint, the sixth from either topic
        const auto started = Rfc3339::parse(o.value(QLatin1String("started_at")).toString());
        QVERIFY(started);
        QVERIFY(started->utcMs >= before - 1000 &&
                started->utcMs <= QDateTime::currentMSecsSinceEpoch() + 1000);
        QVERIFY(!o.value(QLatin1String("secret")).toString().isEmpty());
    }

    void badFieldsAreNamed()
    {
        QJsonObject c = SitePackage::contestant(QStringLiteral("12345"));
        c.insert(QStringLiteral("birth_year"), QStringLiteral("năm ngoái"));
        c.insert(QStringLiteral("unit"), QStringLiteral("NOWHERE"));
        c.insert(QStringLiteral("name"), QString());
        const auto r = start(QStringLiteral("open"), c);
        QCOMPARE(r.status, 400);
        const QJsonObject fields = r.json().value(QLatin1String("fields")).toObject();
        const QStringList named = fields.keys();
        QCOMPARE(QSet<QString>(named.cbegin(), named.cend()),
                 (QSet<QString>{QStringLiteral("name"), QStringLiteral("birth_year"),
                                QStringLiteral("id_number"), QStringLiteral("unit")}));
        QCOMPARE(
            m_client->call("POST", QStringLiteral("/api/v1/contests/open/attempts"), "{not json")
                .status,
            400);
    }

    void attemptsLimitPerIdentity()
    {
        publish(SitePackage::make(QStringLiteral("once"), -3600, 3600, 1));
        QCOMPARE(
            start(QStringLiteral("once"), SitePackage::contestant(QStringLiteral("051190000003")))
                .status,
            201);
        // The same person by another spelling of the number: still the same identity.
        const auto again = start(QStringLiteral("once"),
                                 SitePackage::contestant(QStringLiteral("0511 9000 0003")));
        QCOMPARE(again.status, 429);
        QVERIFY(again.header("Retry-After").toInt() > 0);
        // Two tabs at once: exactly one gets the attempt.
        const QByteArray body =
            QJsonDocument(QJsonObject{{QStringLiteral("contestant"),
                                       SitePackage::contestant(QStringLiteral("051190000004"))}})
                .toJson(QJsonDocument::Compact);
        const auto both = m_client->concurrently(
            "POST", QStringLiteral("/api/v1/contests/once/attempts"), {body, body, body});
        QList<int> statuses;
        for (const auto& r : both)
            statuses << r.status;
        std::sort(statuses.begin(), statuses.end());
        QCOMPARE(statuses, (QList<int>{201, 429, 429}));
    }

    void secretAndStateOfTheAttempt()
    {
        const auto started =
            start(QStringLiteral("open"), SitePackage::contestant(QStringLiteral("051190000005")));
        QCOMPARE(started.status, 201);
        const QString q = started.json()
                              .value(QLatin1String("questions"))
                              .toArray()
                              .at(0)
                              .toObject()
                              .value(QLatin1String("q"))
                              .toString();
        const QJsonObject answers{
            {QStringLiteral("answers"),
             QJsonArray{QJsonObject{{QStringLiteral("q"), q},
                                    {QStringLiteral("a"), QStringLiteral("B")}}}},
            {QStringLiteral("prediction"), 1234}};
        QCOMPARE(m_client
                     ->json("PUT", attemptPath(started, "answers"), answers,
                            {{"X-Attempt-Secret", "wrong"}})
                     .status,
                 403);
        QCOMPARE(m_client->json("PUT", attemptPath(started, "answers"), answers).status, 403);
        QCOMPARE(m_client
                     ->json("PUT", QStringLiteral("/api/v1/attempts/nope/answers"), answers,
                            secret(started))
                     .status,
                 404);
        QCOMPARE(
            m_client->json("PUT", attemptPath(started, "answers"), answers, secret(started)).status,
            204);
        // A question not drawn, an option the question lacks, a negative prediction: 400.
        const auto bad = m_client->json(
            "PUT", attemptPath(started, "answers"),
            QJsonObject{{QStringLiteral("answers"),
                         QJsonArray{QJsonObject{{QStringLiteral("q"), q},
                                                {QStringLiteral("a"), QStringLiteral("Z")}}}},
                        {QStringLiteral("prediction"), -1}},
            secret(started));
        QCOMPARE(bad.status, 400);
        QVERIFY(bad.json()
                    .value(QLatin1String("fields"))
                    .toObject()
                    .contains(QLatin1String("prediction")));

        const int before = submissions(QStringLiteral("open")).size();
        const auto first =
            m_client->json("POST", attemptPath(started, "submit"), QJsonObject(), secret(started));
        QCOMPARE(first.status, 200);
        QVERIFY(!first.json().contains(QLatin1String("correct"))); // this contest hides scores
        QVERIFY(!first.json().contains(QLatin1String("late")));
        const auto second =
            m_client->json("POST", attemptPath(started, "submit"), answers, secret(started));
        QCOMPARE(second.status, 200);
        QCOMPARE(second.body, first.body);
        QCOMPARE(
            m_client->json("PUT", attemptPath(started, "answers"), answers, secret(started)).status,
            409);

        const QJsonArray items = submissions(QStringLiteral("open"));
        QCOMPARE(items.size(), before + 1);
        const QJsonObject item = items.last().toObject();
        QCOMPARE(item.value(QLatin1String("id")).toString(),
                 first.json().value(QLatin1String("submission")).toString());
        QCOMPARE(item.value(QLatin1String("started_at")).toString(),
                 started.json().value(QLatin1String("started_at")).toString());
        QCOMPARE(item.value(QLatin1String("submitted_at")).toString(),
                 first.json().value(QLatin1String("submitted_at")).toString());
        QCOMPARE(item.value(QLatin1String("prediction")).toInt(), 1234);
        const QJsonArray stored = item.value(QLatin1String("answers")).toArray();
        QCOMPARE(stored.size(), 6); // every drawn question, in the order drawn
        QCOMPARE(stored.at(0).toObject().value(QLatin1String("q")).toString(), q);
        QCOMPARE(stored.at(0).toObject().value(QLatin1String("a")).toString(), QStringLiteral("B"));
        QVERIFY(stored.at(1).toObject().value(QLatin1String("a")).isNull());
        const QJsonObject meta = item.value(QLatin1String("meta")).toObject();
        QCOMPARE(meta.value(QLatin1String("attempt")).toString(),
                 started.json().value(QLatin1String("attempt")).toString());
        QCOMPARE(meta.value(QLatin1String("client")).toString().size(), 64);
        QVERIFY(!item.value(QLatin1String("meta")).toString().contains(QLatin1String("127.0.0.1")));
    }

    void sameClientSameFingerprint()
    {
        for (const char* id : {"051190000006", "051190000007"}) {
            const auto s =
                start(QStringLiteral("open"), SitePackage::contestant(QLatin1String(id)));
            QCOMPARE(
                m_client->json("POST", attemptPath(s, "submit"), QJsonObject(), secret(s)).status,
                200);
        }
        const QJsonArray items = submissions(QStringLiteral("open"));
        const auto client = [&](qsizetype i) {
            return items.at(i)
                .toObject()
                .value(QLatin1String("meta"))
                .toObject()
                .value(QLatin1String("client"))
                .toString();
        };
        QCOMPARE(client(items.size() - 1), client(items.size() - 2));
    }

    void scoreWhenTheContestShowsIt()
    {
        publish(SitePackage::make(QStringLiteral("scored"), -3600, 3600, 0, true));
        const auto s = start(QStringLiteral("scored"),
                             SitePackage::contestant(QStringLiteral("051190000008")));
        QJsonArray answers; // every odd question's key is B, every even one's C
        int expected = 0;
        for (const QJsonValue& v : s.json().value(QLatin1String("questions")).toArray()) {
            const QString q = v.toObject().value(QLatin1String("q")).toString();
            answers << QJsonObject{{QStringLiteral("q"), q},
                                   {QStringLiteral("a"), QStringLiteral("B")}};
            expected += q.mid(1).toInt() % 2;
        }
        const auto r = m_client->json(
            "POST", attemptPath(s, "submit"),
            QJsonObject{{QStringLiteral("answers"), answers}, {QStringLiteral("prediction"), 10}},
            secret(s));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QLatin1String("correct")).toInt(), expected);
    }

    void lateSubmitIsStoredAndSaid()
    {
        publish(SitePackage::make(QStringLiteral("closing"), -3600, 2));
        const auto s = start(QStringLiteral("closing"),
                             SitePackage::contestant(QStringLiteral("051190000009")));
        QCOMPARE(s.status, 201);
        QTRY_VERIFY_WITH_TIMEOUT(
            m_client->call("GET", QStringLiteral("/api/v1/contests/closing/public"))
                    .json()
                    .value(QLatin1String("state"))
                    .toString() == QLatin1String("closed"),
            10000);
        const auto r = m_client->json("POST", attemptPath(s, "submit"), QJsonObject(), secret(s));
        QCOMPARE(r.status, 200);
        QVERIFY(r.json().value(QLatin1String("late")).toBool());
        QVERIFY(r.json()
                    .value(QLatin1String("message"))
                    .toString()
                    .contains(QStringLiteral("không được tính")));
        QCOMPARE(submissions(QStringLiteral("closing")).size(), 1);
    }

    void tooLargeBody()
    {
        const QByteArray huge(70000, ' ');
        QCOMPARE(
            m_client->call("POST", QStringLiteral("/api/v1/contests/open/attempts"), huge).status,
            413);
    }

    void rateLimitPerClient()
    {
        startServer({QStringLiteral("--client-rate"), QStringLiteral("0.2"),
                     QStringLiteral("--client-burst"), QStringLiteral("3")});
        publish(SitePackage::make(QStringLiteral("open"), -3600, 3600));
        QList<int> statuses;
        SiteClient::Response last;
        for (int i = 0; i < 5; ++i) {
            last = m_client->call("GET", QStringLiteral("/api/v1/contests/open/public"));
            statuses << last.status;
        }
        QCOMPARE(statuses, (QList<int>{200, 200, 200, 429, 429}));
        QVERIFY(last.header("Retry-After").toInt() >= 1);
        // The admin API is not the contestants': never limited this way.
        QCOMPARE(m_client->admin("GET", QStringLiteral("/api/v1/contests/open")).status, 200);
    }

    // Runs last: every body any client of this run received.
    void noKeyOrTokenInAnyResponse()
    {
        m_allBodies << m_client->bodiesSeen();
        QVERIFY(m_allBodies.size() > 30);
        for (const QByteArray& body : std::as_const(m_allBodies)) {
            QVERIFY2(!body.contains("\"answer\""), body.constData());
            QVERIFY2(!body.contains("s3cret-token"), body.constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestContestSiteApi)
#include "TestContestSiteApi.moc"
