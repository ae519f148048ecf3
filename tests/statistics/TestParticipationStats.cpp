#include "StatisticsFixture.h"
#include "TestDatabase.h"
#include "demo/DemoContest.h"
#include "statistics/ParticipationStats.h"

using StatisticsFixture::Row;

class TestParticipationStats : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void daysAndHoursAreInTheContestTimezone();
    void daysLeftCountsTheClosingDay();
    void demoFiguresAddUp();
};

namespace {
Row at(const QString& id, const QString& contestant, const char* submittedAt)
{
    Row r;
    r.id = id;
    r.contestant = contestant;
    r.unit = QStringLiteral("U");
    r.submittedAt = QString::fromLatin1(submittedAt);
    return r;
}
} // namespace

// 16:59:59Z is still 1 June in Vietnam (23:59:59+07:00); 17:30Z is already 2 June 00:30.
void TestParticipationStats::daysAndHoursAreInTheContestTimezone()
{
    TestDatabase t;
    StatisticsFixture::insert(
        t.db(), at(QStringLiteral("s1"), QStringLiteral("p1"), "2024-06-01T16:59:59Z"));
    StatisticsFixture::insert(
        t.db(), at(QStringLiteral("s2"), QStringLiteral("p2"), "2024-06-01T17:30:00Z"));
    StatisticsFixture::insert(
        t.db(), at(QStringLiteral("s3"), QStringLiteral("p2"), "2024-06-02T01:00:00Z"));
    Row invalid = at(QStringLiteral("s4"), QStringLiteral("p3"), "2024-06-02T01:00:00Z");
    invalid.valid = false;
    invalid.invalidCode = QStringLiteral("outside_window");
    StatisticsFixture::insert(t.db(), invalid);

    const auto s =
        ParticipationStats::compute(t.db(), QDateTime(QDate(2024, 6, 1), QTime(0, 0), Qt::UTC));
    QCOMPARE(s.days.size(), 20); // 1 to 20 June
    QCOMPARE(s.days.at(0).date, QDate(2024, 6, 1));
    QCOMPARE(s.days.at(0).submissions, 1);
    QCOMPARE(s.days.at(1).date, QDate(2024, 6, 2));
    QCOMPARE(s.days.at(1).submissions, 2);
    QCOMPARE(s.days.at(1).contestants, 1);
    QCOMPARE(s.days.at(1).newContestants, 1);
    QCOMPARE(s.days.last().cumulativeContestants, 2);
    QCOMPARE(s.hours.at(23).count, 1);
    QCOMPARE(s.hours.at(0).count, 1);
    QCOMPARE(s.hours.at(8).count, 1); // 01:00Z = 08:00+07
    QCOMPARE(s.contestants, 2);
    QCOMPARE(s.totalSubmissions, 4);
    QCOMPARE(s.reasons.first().count, 3);
    QCOMPARE(s.reasons.at(1).code, QStringLiteral("outside_window"));
    QCOMPARE(s.reasons.at(1).count, 1);
    QCOMPARE(s.units.size(), 1);
    QCOMPARE(s.units.first().contestants, 2);
}

void TestParticipationStats::daysLeftCountsTheClosingDay()
{
    TestDatabase t;
    // 19 June 20:00 in Vietnam: the 19th and the 20th remain.
    auto s =
        ParticipationStats::compute(t.db(), QDateTime(QDate(2024, 6, 19), QTime(13, 0), Qt::UTC));
    QCOMPARE(s.daysLeft, 2);
    // 19 June 17:30Z is already the 20th in Vietnam.
    s = ParticipationStats::compute(t.db(), QDateTime(QDate(2024, 6, 19), QTime(17, 30), Qt::UTC));
    QCOMPARE(s.daysLeft, 1);
    s = ParticipationStats::compute(t.db(), QDateTime(QDate(2024, 7, 1), QTime(0, 0), Qt::UTC));
    QCOMPARE(s.daysLeft, 0);
    s = ParticipationStats::compute(t.db(), QDateTime(QDate(2024, 5, 1), QTime(0, 0), Qt::UTC));
    QCOMPARE(s.daysLeft, 20);
}

void TestParticipationStats::demoFiguresAddUp()
{
    TestDatabase t;
    DemoContest::populate(t.db(), 300);
    const auto s = ParticipationStats::compute(t.db());
    QVERIFY(s.contestants > 250);
    qint64 perDay = 0, perHour = 0, correct = 0, predictions = 0, durations = 0, units = 0;
    for (const auto& d : s.days)
        perDay += d.submissions;
    for (const auto& b : s.hours)
        perHour += b.count;
    for (const auto& b : s.correct)
        correct += b.count;
    for (const auto& b : s.predictions)
        predictions += b.count;
    for (const auto& b : s.durations)
        durations += b.count;
    for (const auto& u : s.units)
        units += u.contestants;
    QCOMPARE(perDay, s.validSubmissions);
    QCOMPARE(perHour, s.validSubmissions);
    QCOMPARE(durations, s.validSubmissions);
    QCOMPARE(predictions, s.validSubmissions);
    QCOMPARE(correct, s.contestants);
    QVERIFY(units >= s.contestants);
    QCOMPARE(s.days.last().cumulativeContestants, s.contestants);
    QCOMPARE(s.predictionTarget, s.contestants);
    for (int i = 1; i < s.units.size(); ++i)
        QVERIFY(s.units.at(i - 1).contestants >= s.units.at(i).contestants);
}

QTEST_GUILESS_MAIN(TestParticipationStats)
#include "TestParticipationStats.moc"
