// The site's pages against the real contest-server over TLS: the contest with its dates
// and rules, countdown and closed states, the entry form's messages, escaping of what a
// contestant types, CSRF, the quiz without JavaScript (save, reload, submit), the
// confirmation, page weight, and no script, style or resource but the site's own.
#include "SiteClient.h"
#include "SitePackage.h"
#include "SyncFixture.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUrlQuery>
#include <QtTest>

namespace {
QByteArray csrfOf(const QByteArray& html)
{
    static const QRegularExpression re(QStringLiteral("name=\"csrf\" value=\"([0-9a-f]+)\""));
    return re.match(QString::fromUtf8(html)).captured(1).toLatin1();
}

QByteArray form(const QList<QPair<QString, QString>>& items)
{
    QUrlQuery q;
    for (const auto& i : items)
        q.addQueryItem(i.first, QString::fromUtf8(QUrl::toPercentEncoding(i.second)));
    return q.toString(QUrl::FullyEncoded).toLatin1();
}

const SiteClient::Headers kForm{{"Content-Type", "application/x-www-form-urlencoded"}};
} // namespace

class TestSitePages : public QObject
{
    Q_OBJECT

private:
    SyncFixture m_fx;
    QString m_url;
    QList<QByteArray> m_pages; // every HTML page of the run

    std::unique_ptr<SiteClient> browser() // its own cookies, as a new browser would have
    {
        return std::make_unique<SiteClient>(m_url, m_fx.caFile());
    }
    void publish(const QJsonObject& package)
    {
        const auto r = browser()->admin("PUT",
                                        QStringLiteral("/api/v1/contests/%1/package")
                                            .arg(package.value(QLatin1String("code")).toString()),
                                        package);
        QVERIFY2(r.status == 200, r.body.constData());
    }
    SiteClient::Response get(SiteClient& b, const QString& path)
    {
        const auto r = b.call("GET", path);
        if (r.header("Content-Type").startsWith("text/html"))
            m_pages << r.body;
        return r;
    }
    SiteClient::Response post(SiteClient& b, const QString& path, const QByteArray& body)
    {
        const auto r = b.call("POST", path, body, kForm);
        if (r.header("Content-Type").startsWith("text/html"))
            m_pages << r.body;
        return r;
    }
    QList<QPair<QString, QString>> person(const QByteArray& csrf, const QString& name)
    {
        return {{QStringLiteral("csrf"), QString::fromLatin1(csrf)},
                {QStringLiteral("c"), QStringLiteral("pages")},
                {QStringLiteral("name"), name},
                {QStringLiteral("birth_year"), QStringLiteral("1985")},
                {QStringLiteral("gender"), QStringLiteral("Nữ")},
                {QStringLiteral("id_number"), QStringLiteral("051185000111")},
                {QStringLiteral("phone"), QString()},
                {QStringLiteral("unit"), QStringLiteral("ND")},
                {QStringLiteral("address"), QStringLiteral("Thôn <b>2</b>")}};
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("CONTEST_SERVER"))
            QSKIP("CONTEST_SERVER must name the binary (ctest sets it)");
        QVERIFY(m_fx.makeCertificates());
        m_url = m_fx.startServer(QStringLiteral("pages.sqlite"),
                                 {QStringLiteral("--client-rate"), QStringLiteral("200"),
                                  QStringLiteral("--client-burst"), QStringLiteral("1000")});
        QVERIFY(!m_url.isEmpty());
        QJsonObject package = SitePackage::make(QStringLiteral("pages"), -3600, 3600, 0, true);
        package.insert(QStringLiteral("opens_at"), QStringLiteral("2026-01-05T07:00:00+07:00"));
        package.insert(QStringLiteral("closes_at"), QStringLiteral("2099-01-05T22:30:00+07:00"));
        package.insert(QStringLiteral("rules"),
                       QStringLiteral("Điều 1. Thi trung thực.\nĐiều 2. <b>Không</b> gian lận."));
        publish(package);
    }

    void homeShowsTheContestAndTheForm()
    {
        auto b = browser();
        const auto r = get(*b, QStringLiteral("/"));
        QCOMPARE(r.status, 200);
        const QString html = QString::fromUtf8(r.body);
        QVERIFY(html.contains(QStringLiteral("Cuộc thi thử pages")));
        QVERIFY(html.contains(QStringLiteral("05/01/2026 07:00")));
        QVERIFY(html.contains(QStringLiteral("05/01/2099 22:30")));
        QVERIFY(html.contains(QStringLiteral("Thể lệ")));
        QVERIFY(html.contains(QStringLiteral("&lt;b&gt;Không&lt;/b&gt;")));
        for (const char* id :
             {"name", "birth_year", "gender", "id_number", "phone", "unit", "address"})
            QVERIFY2(html.contains(QStringLiteral("<label for=\"%1\"").arg(QLatin1String(id))), id);
        QVERIFY(!csrfOf(r.body).isEmpty());
        QVERIFY(r.header("Set-Cookie").contains("HttpOnly"));
        QVERIFY(r.header("Set-Cookie").contains("SameSite=Strict"));
        QVERIFY(r.header("Content-Security-Policy").startsWith("default-src 'self'"));
    }

    void countdownBeforeAndClosedAfter()
    {
        publish(SitePackage::make(QStringLiteral("soon"), 3600, 7200));
        publish(SitePackage::make(QStringLiteral("over"), -7200, -3600));
        auto b = browser();
        const QString soon = QString::fromUtf8(get(*b, QStringLiteral("/?c=soon")).body);
        QVERIFY(soon.contains(QStringLiteral("Cuộc thi chưa mở")));
        QVERIFY(soon.contains(QStringLiteral("id=\"countdown\"")));
        QVERIFY(!soon.contains(QStringLiteral("action=\"/bat-dau\"")));
        const QString over = QString::fromUtf8(get(*b, QStringLiteral("/?c=over")).body);
        QVERIFY(over.contains(QStringLiteral("Cuộc thi đã kết thúc")));
        QVERIFY(!over.contains(QStringLiteral("action=\"/bat-dau\"")));
    }

    void formPostsNeedTheirToken()
    {
        auto b = browser();
        const QByteArray csrf = csrfOf(get(*b, QStringLiteral("/")).body);
        // No token, a made-up token, another browser's token: all refused, nothing started.
        QCOMPARE(post(*b, QStringLiteral("/bat-dau"), form(person({}, QStringLiteral("A")))).status,
                 403);
        QCOMPARE(post(*b, QStringLiteral("/bat-dau"),
                      form(person(QByteArray(64, 'a'), QStringLiteral("A"))))
                     .status,
                 403);
        auto other = browser();
        QCOMPARE(post(*other, QStringLiteral("/bat-dau"), form(person(csrf, QStringLiteral("A"))))
                     .status,
                 403);
        const auto items = b->admin("GET", QStringLiteral("/api/v1/contests/pages/submissions"));
        QCOMPARE(items.status, 200);
    }

    void fieldMessagesAndEscaping()
    {
        auto b = browser();
        const QByteArray csrf = csrfOf(get(*b, QStringLiteral("/")).body);
        auto fields = person(csrf, QStringLiteral("<script>alert(1)</script>"));
        fields[3].second = QStringLiteral("năm"); // birth_year
        fields[5].second = QStringLiteral("123"); // id_number
        const auto bad = post(*b, QStringLiteral("/bat-dau"), form(fields));
        QCOMPARE(bad.status, 400);
        const QString html = QString::fromUtf8(bad.body);
        QVERIFY(html.contains(QStringLiteral("id=\"birth_year-error\"")));
        QVERIFY(html.contains(QStringLiteral("id=\"id_number-error\"")));
        QVERIFY(html.contains(QStringLiteral("aria-invalid=\"true\"")));
        QVERIFY(!html.contains(QStringLiteral("id=\"name-error\"")));
        QVERIFY(html.contains(QStringLiteral("value=\"&lt;script&gt;alert(1)&lt;/script&gt;\"")));
        QVERIFY(!html.contains(QStringLiteral("<script>alert")));

        const auto good = post(*b, QStringLiteral("/bat-dau"),
                               form(person(csrf, QStringLiteral("<script>alert(1)</script>"))));
        QCOMPARE(good.status, 303);
        QCOMPARE(good.header("Location"), QByteArray("/bai-thi"));
        const QString quiz = QString::fromUtf8(get(*b, QStringLiteral("/bai-thi")).body);
        QVERIFY(quiz.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;")));
        QVERIFY(!quiz.contains(QStringLiteral("<script>alert")));
    }

    void quizWithoutJavaScript()
    {
        auto b = browser();
        const QByteArray csrf = csrfOf(get(*b, QStringLiteral("/")).body);
        auto fields = person(csrf, QStringLiteral("Lê Thị Hoa"));
        fields[5].second = QStringLiteral("051185000222");
        QCOMPARE(post(*b, QStringLiteral("/bat-dau"), form(fields)).status, 303);
        const QString quiz = QString::fromUtf8(get(*b, QStringLiteral("/bai-thi")).body);
        static const QRegularExpression radio(QStringLiteral("name=\"q_(Q\\d+)\""));
        QStringList drawn;
        for (auto it = radio.globalMatch(quiz); it.hasNext();) {
            const QString q = it.next().captured(1);
            if (!drawn.contains(q))
                drawn << q;
        }
        QCOMPARE(drawn.size(), 6);
        // Save the first answer and the prediction, then "reload": both are still there.
        QList<QPair<QString, QString>> save{
            {QStringLiteral("csrf"), QString::fromLatin1(csrf)},
            {QStringLiteral("q_") + drawn.at(0), QStringLiteral("B")},
            {QStringLiteral("prediction"), QStringLiteral("321")}};
        const auto saved = post(*b, QStringLiteral("/luu"), form(save));
        QCOMPARE(saved.status, 303);
        QCOMPARE(saved.header("Location"), QByteArray("/bai-thi"));
        const QString reloaded = QString::fromUtf8(get(*b, QStringLiteral("/bai-thi")).body);
        QVERIFY(reloaded.contains(
            QStringLiteral("value=\"B\" data-q=\"%1\" checked").arg(drawn.at(0))));
        QVERIFY(reloaded.contains(QStringLiteral("value=\"321\"")));
        // A wrong prediction is named; the rest of the post is kept.
        const auto wrong = post(*b, QStringLiteral("/nop-bai"),
                                form({{QStringLiteral("csrf"), QString::fromLatin1(csrf)},
                                      {QStringLiteral("q_") + drawn.at(1), QStringLiteral("C")},
                                      {QStringLiteral("prediction"), QStringLiteral("nhiều")}}));
        QCOMPARE(wrong.status, 400);
        QVERIFY(QString::fromUtf8(wrong.body)
                    .contains(QStringLiteral("Dự đoán phải là một số nguyên")));
        QVERIFY(
            QString::fromUtf8(wrong.body)
                .contains(QStringLiteral("value=\"C\" data-q=\"%1\" checked").arg(drawn.at(1))));

        const auto submitted = post(*b, QStringLiteral("/nop-bai"),
                                    form({{QStringLiteral("csrf"), QString::fromLatin1(csrf)},
                                          {QStringLiteral("prediction"), QStringLiteral("400")}}));
        QCOMPARE(submitted.status, 303);
        QCOMPARE(submitted.header("Location"), QByteArray("/xac-nhan"));
        const QString done = QString::fromUtf8(get(*b, QStringLiteral("/xac-nhan")).body);
        const QJsonArray items =
            b->admin("GET", QStringLiteral("/api/v1/contests/pages/submissions"))
                .json()
                .value(QLatin1String("items"))
                .toArray();
        const QJsonObject item = items.last().toObject();
        QVERIFY(done.contains(item.value(QLatin1String("id")).toString()));
        QCOMPARE(item.value(QLatin1String("prediction")).toInt(), 400);
        QCOMPARE(item.value(QLatin1String("contestant"))
                     .toObject()
                     .value(QLatin1String("name"))
                     .toString(),
                 QStringLiteral("Lê Thị Hoa"));
        const int expected =
            (drawn.at(0).mid(1).toInt() % 2 ? 1 : 0) + (drawn.at(1).mid(1).toInt() % 2 ? 0 : 1);
        QVERIFY(done.contains(QStringLiteral("%1 / 6").arg(expected))); // this contest shows scores
        // After submitting, the quiz leads to the confirmation; a post changes nothing.
        QCOMPARE(get(*b, QStringLiteral("/bai-thi")).header("Location"), QByteArray("/xac-nhan"));
        QCOMPARE(b->admin("GET", QStringLiteral("/api/v1/contests/pages/submissions"))
                     .json()
                     .value(QLatin1String("items"))
                     .toArray()
                     .size(),
                 items.size());
    }

    void quizPageWeighsUnder100KB()
    {
        QJsonObject package = SitePackage::make(QStringLiteral("heavy"), -3600, 3600);
        QJsonArray questions;
        const QString longText =
            QString(QStringLiteral("Nội dung câu hỏi về cải cách hành chính, chuyển đổi số. "))
                .repeated(5);
        for (int i = 1; i <= 60; ++i) {
            QJsonArray options;
            for (const char* key : {"A", "B", "C", "D"})
                options << QJsonObject{{QStringLiteral("key"), QLatin1String(key)},
                                       {QStringLiteral("text"), longText.left(150)}};
            questions << QJsonObject{
                {QStringLiteral("id"), QStringLiteral("H%1").arg(i)},
                {QStringLiteral("topic"), i <= 30 ? QStringLiteral("T1") : QStringLiteral("T2")},
                {QStringLiteral("text"), longText},
                {QStringLiteral("options"), options},
                {QStringLiteral("answer"), QStringLiteral("A")}};
        }
        package.insert(QStringLiteral("questions"), questions);
        package.insert(QStringLiteral("questions_per_attempt"), 30);
        publish(package);
        auto b = browser();
        const QByteArray csrf = csrfOf(get(*b, QStringLiteral("/?c=heavy")).body);
        auto fields = person(csrf, QStringLiteral("Phạm Văn Nặng"));
        fields[1].second = QStringLiteral("heavy");
        QCOMPARE(post(*b, QStringLiteral("/bat-dau"), form(fields)).status, 303);
        const auto quiz = get(*b, QStringLiteral("/bai-thi"));
        QCOMPARE(
            QString::fromUtf8(quiz.body).count(QStringLiteral("<fieldset class=\"question\" id=")),
            30);
        const qsizetype css = get(*b, QStringLiteral("/site.css")).body.size();
        const qsizetype js = get(*b, QStringLiteral("/site.js")).body.size();
        const qsizetype total = quiz.body.size() + css + js;
        qInfo("quiz page %lld + css %lld + js %lld = %lld bytes", qlonglong(quiz.body.size()),
              qlonglong(css), qlonglong(js), qlonglong(total));
        QVERIFY(total < 100 * 1024);
    }

    void staticFilesAndNothingInline()
    {
        auto b = browser();
        const auto css = get(*b, QStringLiteral("/site.css"));
        QCOMPARE(css.status, 200);
        QVERIFY(css.header("Content-Type").startsWith("text/css"));
        const auto js = get(*b, QStringLiteral("/site.js"));
        QVERIFY(js.header("Content-Type").startsWith("text/javascript"));
        QVERIFY(js.body.contains("X-Attempt-Secret"));
        QVERIFY(m_pages.size() > 10);
        static const QRegularExpression script(
            QStringLiteral("<script(?! src=\"/site.js\" defer></script>)"));
        for (const QByteArray& page : std::as_const(m_pages)) {
            const QString html = QString::fromUtf8(page);
            QVERIFY2(!script.match(html).hasMatch(), page.constData()); // no inline script
            QVERIFY(!html.contains(QLatin1String(" style=")));
            QVERIFY(!html.contains(QLatin1String("http://")) &&
                    !html.contains(QLatin1String("https://")));
            QVERIFY(!html.contains(QLatin1String("answer"), Qt::CaseInsensitive));
            QVERIFY(!html.contains(QLatin1String("s3cret-token")));
        }
    }
};

QTEST_GUILESS_MAIN(TestSitePages)
#include "TestSitePages.moc"
