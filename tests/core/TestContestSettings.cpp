#include "contest/ContestSettingsJson.h"

#include <QJsonDocument>
#include <QtTest>

namespace {
// Expects fromBytes to fail with a message containing every one of `fragments`.
void expectRefused(const QByteArray& json, const QStringList& fragments)
{
    try {
        ContestSettingsJson::fromBytes(json, QStringLiteral("contest.json"), ContestSettings::defaults());
        QFAIL(qPrintable(QStringLiteral("accepted: ") + QString::fromUtf8(json)));
    } catch (const UserError& e) {
        for (const QString& f : fragments)
            QVERIFY2(e.message().contains(f), qPrintable(QStringLiteral("'%1' not in: %2").arg(f, e.message())));
    }
}
} // namespace

class TestContestSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaultsFollowThePlan();
    void jsonRoundTripsEverySetting();
    void keysAbsentKeepTheirValues();
    void contractExampleIsAccepted();
    void refusesBadInput_data();
    void refusesBadInput();
    void reportsJsonSyntaxErrorsWithLineAndColumn();
    void reportsEveryProblemAtOnce();
};

void TestContestSettings::defaultsFollowThePlan()
{
    const ContestSettings s = ContestSettings::defaults();
    QVERIFY2(s.validate().isEmpty(), qPrintable(joinProblems(s.validate())));
    QCOMPARE(s.opensAt.toString(), QStringLiteral("2024-06-01T07:00:00+07:00"));
    QCOMPARE(s.closesAt.toString(), QStringLiteral("2024-06-20T22:00:00+07:00"));
    QCOMPARE(s.questionsPerAttempt, 30);
    QCOMPARE(s.blueprintTotal(), 30);
    QCOMPARE(s.blueprint.size(), 8);
    QCOMPARE(s.maxAttempts, 0);
    QCOMPARE(s.countedAttempt, CountedAttempt::Best);
    QCOMPARE(s.certificateMinCorrect, 15);
    QCOMPARE(s.individualPrizes.size(), 4);
    QCOMPARE(s.individualPrizeTotal(), qint64(1500000 + 2 * 1000000 + 3 * 500000 + 10 * 300000));
    QCOMPARE(s.collectivePrizeCount, 5);
    QCOMPARE(s.collectivePrizeAmount, qint64(2000000));
    QCOMPARE(s.predictionTarget.kind, PredictionTarget::Kind::Contestants);
}

void TestContestSettings::jsonRoundTripsEverySetting()
{
    ContestSettings s = ContestSettings::defaults();
    s.code = QStringLiteral("quangngai-2025");
    s.title = QStringLiteral("Cuộc thi thử");
    s.organizer = QStringLiteral("UBND tỉnh");
    s.opensAt = *Rfc3339::parse(u"2025-03-01T08:00:00.125+07:00");
    s.closesAt = *Rfc3339::parse(u"2025-03-02T08:00:00-05:00");
    s.questionsPerAttempt = 20;
    s.blueprint = {{QStringLiteral("TTHC"), 12}, {QStringLiteral("CDS"), 8}};
    s.predictionQuestion = QStringLiteral("Bao nhiêu bài dự thi?");
    s.predictionTarget = {PredictionTarget::Kind::Fixed, 4321};
    s.maxAttempts = 3;
    s.countedAttempt = CountedAttempt::Last;
    s.certificateMinCorrect = 10;
    s.individualPrizes = {{QStringLiteral("special"), QStringLiteral("Giải Đặc biệt"), 1, 5000000}};
    s.collectivePrizeCount = 0;
    s.collectivePrizeAmount = 0;
    s.rankingOrder = {RankingKey::Correct, RankingKey::Attempts, RankingKey::StartedAt};
    s.timezoneOffsetMinutes = -90;
    s.siteUrl = QStringLiteral("https://thi.quangngai.gov.vn");
    s.rules = QStringLiteral("Điều 1. Mỗi người thi tối đa 3 lượt.\nĐiều 2. …");
    s.integrity = {2, 4, 30, 6};
    QVERIFY2(s.validate().isEmpty(), qPrintable(joinProblems(s.validate())));

    const QByteArray json = ContestSettingsJson::toBytes(s);
    const ContestSettings back = ContestSettingsJson::fromBytes(json, QStringLiteral("x.json"), ContestSettings::defaults());
    QVERIFY(back == s);
    QCOMPARE(ContestSettingsJson::toBytes(back), json);

    s.predictionTarget = {PredictionTarget::Kind::Submissions, 0};
    QVERIFY(ContestSettingsJson::fromBytes(ContestSettingsJson::toBytes(s), QStringLiteral("x.json"), ContestSettings::defaults()) == s);
}

void TestContestSettings::keysAbsentKeepTheirValues()
{
    ContestSettings base = ContestSettings::defaults();
    base.maxAttempts = 5;
    const ContestSettings s = ContestSettingsJson::fromBytes(R"({"attempts": {"counted": "first"}, "title": "Mới"})",
                                                             QStringLiteral("p.json"), base);
    QCOMPARE(s.maxAttempts, 5); // nested objects merge key by key
    QCOMPARE(s.countedAttempt, CountedAttempt::First);
    QCOMPARE(s.title, QStringLiteral("Mới"));
    QCOMPARE(s.blueprint, base.blueprint);
}

void TestContestSettings::contractExampleIsAccepted()
{
    // The example of spec/contestctl.md, with a blueprint that sums to 30.
    const QByteArray json = R"({
      "code": "sonha-2024",
      "title": "Cuộc thi trực tuyến tìm hiểu, tuyên truyền cải cách hành chính, chuyển đổi số huyện Sơn Hà năm 2024",
      "organizer": "Ủy ban nhân dân huyện Sơn Hà",
      "opens_at": "2024-06-01T07:00:00+07:00",
      "closes_at": "2024-06-20T22:00:00+07:00",
      "questions_per_attempt": 30,
      "blueprint": [{"topic": "TTHC", "count": 30}],
      "prediction_question": "Dự đoán có bao nhiêu người tham gia Cuộc thi?",
      "prediction_target": "contestants",
      "attempts": {"max": 0, "counted": "best"},
      "certificate_min_correct": 15,
      "individual_prizes": [
        {"key": "first", "label": "Giải Nhất", "count": 1, "amount": 1500000},
        {"key": "second", "label": "Giải Nhì", "count": 2, "amount": 1000000},
        {"key": "third", "label": "Giải Ba", "count": 3, "amount": 500000},
        {"key": "consolation", "label": "Giải Khuyến khích", "count": 10, "amount": 300000}
      ],
      "collective_prizes": {"count": 5, "amount": 2000000}
    })";
    const ContestSettings s = ContestSettingsJson::fromBytes(json, QStringLiteral("c.json"), ContestSettings::defaults());
    QCOMPARE(s.blueprint.size(), 1);
    QCOMPARE(s.individualPrizes.at(3).label, QStringLiteral("Giải Khuyến khích"));
}

void TestContestSettings::refusesBadInput_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("fragments");
    QTest::newRow("unknown key") << QByteArray(R"({"titel": "x"})") << QStringList{"contest.json", "'titel'", "unknown key"};
    QTest::newRow("wrong type") << QByteArray(R"({"questions_per_attempt": "30"})")
                                << QStringList{"'questions_per_attempt'", "whole number"};
    QTest::newRow("fraction") << QByteArray(R"({"certificate_min_correct": 15.5})")
                              << QStringList{"'certificate_min_correct'", "whole number"};
    QTest::newRow("closes before opens")
        << QByteArray(R"({"closes_at": "2024-05-31T22:00:00+07:00"})")
        << QStringList{"'closes_at'", "after the opening time"};
    QTest::newRow("equal window") << QByteArray(R"({"closes_at": "2024-06-01T00:00:00Z"})")
                                  << QStringList{"'closes_at'", "after the opening time"};
    QTest::newRow("no offset") << QByteArray(R"({"opens_at": "2024-06-01T07:00:00"})")
                               << QStringList{"'opens_at'", "RFC 3339"};
    QTest::newRow("bad time zone offset") << QByteArray(R"({"opens_at": "2024-06-01T07:00:00+25:00"})")
                                          << QStringList{"'opens_at'"};
    QTest::newRow("bad timezone key") << QByteArray(R"({"timezone": "GMT+7"})") << QStringList{"'timezone'", "+07:00"};
    QTest::newRow("blueprint sum") << QByteArray(R"({"blueprint": [{"topic": "TTHC", "count": 29}]})")
                                   << QStringList{"'blueprint'", "29", "30"};
    QTest::newRow("blueprint duplicate") << QByteArray(R"({"blueprint": [{"topic": "TTHC", "count": 15}, {"topic": "TTHC", "count": 15}]})")
                                         << QStringList{"'blueprint[1].topic'", "twice"};
    QTest::newRow("blueprint entry key") << QByteArray(R"({"blueprint": [{"topic": "TTHC", "count": 30, "weight": 1}]})")
                                         << QStringList{"'blueprint[0].weight'"};
    QTest::newRow("negative prize count") << QByteArray(R"({"individual_prizes": [{"key": "first", "label": "Nhất", "count": -1, "amount": 1}]})")
                                          << QStringList{"'individual_prizes[0].count'", "negative"};
    QTest::newRow("negative collective") << QByteArray(R"({"collective_prizes": {"count": -5}})")
                                         << QStringList{"'collective_prizes.count'", "negative"};
    QTest::newRow("prize key twice") << QByteArray(R"({"individual_prizes": [{"key": "a", "label": "A", "count": 1, "amount": 1}, {"key": "a", "label": "B", "count": 1, "amount": 1}]})")
                                     << QStringList{"'individual_prizes[1].key'"};
    QTest::newRow("counted") << QByteArray(R"({"attempts": {"counted": "average"}})") << QStringList{"'attempts.counted'", "average"};
    QTest::newRow("negative max") << QByteArray(R"({"attempts": {"max": -1}})") << QStringList{"'attempts.max'"};
    QTest::newRow("prediction target") << QByteArray(R"({"prediction_target": "people"})") << QStringList{"'prediction_target'"};
    QTest::newRow("negative target") << QByteArray(R"({"prediction_target": -3})") << QStringList{"'prediction_target'"};
    QTest::newRow("certificate above 30") << QByteArray(R"({"certificate_min_correct": 31})") << QStringList{"'certificate_min_correct'"};
    QTest::newRow("empty code") << QByteArray(R"({"code": ""})") << QStringList{"'code'", "empty"};
    QTest::newRow("code with a slash") << QByteArray(R"({"code": "a/b"})") << QStringList{"'code'"};
    QTest::newRow("ranking key") << QByteArray(R"({"ranking_order": ["correct", "luck"]})") << QStringList{"'ranking_order[1]'", "luck"};
    QTest::newRow("site not https") << QByteArray(R"({"site_url": "http://thi.sonha.gov.vn"})") << QStringList{"'site_url'", "https://"};
    QTest::newRow("site with query") << QByteArray(R"({"site_url": "https://thi.sonha.gov.vn/?a=1"})") << QStringList{"'site_url'"};
    QTest::newRow("one identity per phone")
        << QByteArray(R"({"integrity": {"phone_identities": 1}})")
        << QStringList{"'integrity.phone_identities'", "at least 2"};
    QTest::newRow("a minute per question")
        << QByteArray(R"({"integrity": {"min_seconds_per_question": 61}})")
        << QStringList{"'integrity.min_seconds_per_question'", "60"};
    QTest::newRow("burst of no time") << QByteArray(R"({"integrity": {"burst_minutes": 0}})")
                                      << QStringList{"'integrity.burst_minutes'", "1440"};
    QTest::newRow("burst of one") << QByteArray(R"({"integrity": {"burst_identities": 1}})")
                                  << QStringList{"'integrity.burst_identities'", "at least 2"};
    QTest::newRow("integrity key") << QByteArray(R"({"integrity": {"phone_ids": 3}})")
                                   << QStringList{"'integrity.phone_ids'", "unknown key"};
    QTest::newRow("not an object") << QByteArray("[1, 2]") << QStringList{"contest.json", "one JSON object"};
    QTest::newRow("not UTF-8") << QByteArray("{\"title\": \"H\xE0\"}") << QStringList{"contest.json:1", "UTF-8"};
}

void TestContestSettings::refusesBadInput()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, fragments);
    expectRefused(json, fragments);
}

void TestContestSettings::reportsJsonSyntaxErrorsWithLineAndColumn()
{
    expectRefused("{\n  \"title\": \"Sơn Hà\",\n  \"code\" \"x\"\n}", {"contest.json:3:"});
}

void TestContestSettings::reportsEveryProblemAtOnce()
{
    try {
        ContestSettingsJson::fromBytes(R"({"foo": 1, "bar": 2, "code": 3})", QStringLiteral("c.json"), ContestSettings::defaults());
        QFAIL("accepted");
    } catch (const UserError& e) {
        QCOMPARE(e.problems().size(), 3);
    }
}

QTEST_GUILESS_MAIN(TestContestSettings)
#include "TestContestSettings.moc"
