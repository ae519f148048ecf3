#include "DirectStatistics.h"
#include "StatisticsFixture.h"
#include "TestDatabase.h"
#include "contest/ContestRepository.h"
#include "results/RankingEngine.h"
#include "statistics/ParticipationStats.h"
#include "statistics/StatisticsSummary.h"
#include "statistics/StatisticsTally.h"
#include "statistics/UnitParticipationReport.h"
#include "submissions/SubmissionStore.h"
#include "units/ExclusionRepository.h"
#include "units/UnitRepository.h"

#include <QRandomGenerator>

using StatisticsFixture::Row;

// The summary tables, refreshed batch after batch, against the direct computation they
// replaced (aggregate SQL over the submissions) and, for what follows the counted
// attempt, against the ranking engine itself: on random contests, under each attempt
// policy.
class TestStatisticsSummary : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void incrementalEqualsDirect_data();
    void incrementalEqualsDirect();
    void rebuildsWhenThePolicyChanges();
    void asOfADayCountsOnlyWhatWasSubmittedBy();
    void asOfADayIsTheDashboardOfWhatWasSentBy();
    void unitReportFollowsTheCountedAttempt();
};

namespace {

const QStringList kUnits = {QStringLiteral("UBND-A"), QStringLiteral("UBND-B"),
                            QStringLiteral("THCS-C"), QStringLiteral("XA-D"),
                            QStringLiteral("XA-E")};
const QStringList kReasons = {QStringLiteral("outside_window"), QStringLiteral("no_identity"),
                              QStringLiteral("bad_answers")};

// Random submissions of `people` persons: several attempts each now and then, scores and
// predictions in narrow ranges so that attempts tie, a person now and then in two units,
// some invalid rows and some valid ones without identity.
QList<Row> randomRows(QRandomGenerator& rng, int count, int people, int& serial)
{
    QList<Row> rows;
    {
        for (int i = 0; i < count; ++i) {
            Row r;
            r.id = QStringLiteral("S%1").arg(++serial, 6, 10, QLatin1Char('0'));
            const int person = rng.bounded(people);
            r.idNumber = QStringLiteral("0010900%1").arg(person, 5, 10, QLatin1Char('0'));
            r.contestant = r.idNumber;
            r.unit = kUnits.at(rng.bounded(100) < 85 ? person % kUnits.size()
                                                     : rng.bounded(int(kUnits.size())));
            const qint64 open =
                QDateTime(QDate(2024, 6, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
            // Whole minutes, so that equal times happen too.
            const qint64 ms = open + qint64(rng.bounded(19 * 24 * 60)) * 60000;
            r.submittedAt = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
            r.durationMs = qint64(rng.bounded(1, 40)) * 30000;
            r.prediction = 20 + rng.bounded(60);
            r.correct = 24 + rng.bounded(7);
            const int kind = rng.bounded(100);
            if (kind < 6) {
                r.valid = false;
                r.invalidCode = kReasons.at(rng.bounded(int(kReasons.size())));
            } else if (kind < 8) {
                r.idNumber.clear();
                r.contestant.clear();
            }
            rows << r;
        }
    }
    return rows;
}

void insertRandom(Database& db, QRandomGenerator& rng, int count, int people, int& serial)
{
    const QList<Row> rows = randomRows(rng, count, people, serial);
    db.transaction([&] {
        for (const Row& r : rows)
            StatisticsFixture::insert(db, r);
    });
}

void setPolicy(Database& db, CountedAttempt policy, int maxAttempts, const QList<RankingKey>& order,
               PredictionTarget::Kind target)
{
    ContestRepository repo(db);
    ContestSettings s = repo.loadOrDefaults();
    s.countedAttempt = policy;
    s.maxAttempts = maxAttempts;
    if (!order.isEmpty())
        s.rankingOrder = order;
    s.predictionTarget.kind = target;
    s.predictionTarget.fixedValue = 50;
    repo.save(s);
}

struct EngineFigures
{
    QMap<qint64, qint64> correct;
    QMap<QString, StatisticsTally::Unit> units;
    qint64 contestants = 0;
};

EngineFigures engineFigures(Database& db)
{
    const ContestSettings settings = ContestRepository(db).loadOrDefaults();
    const Results r =
        RankingEngine::compute(settings, UnitRepository(db).list(), ExclusionRepository(db).list(),
                               SubmissionStore(db).loadGraded());
    EngineFigures f;
    f.contestants = r.contestants;
    for (const IndividualResult& row : r.individual) {
        const int correct = r.countedOf(row).correct;
        ++f.correct[correct];
        auto& u = f.units[r.unitCodeOf(row)];
        ++u.contestants;
        u.correctSum += correct;
        u.perfect += correct >= settings.questionsPerAttempt;
    }
    return f;
}

template <typename T> QList<qint64> countsOf(const QList<T>& list)
{
    QList<qint64> out;
    for (const auto& b : list)
        out << b.count;
    return out;
}

// The figures every chart draws (the per-person ones, which follow the counted attempt,
// are compared by the callers that have a reference for them).
void compareChartFigures(const ParticipationStats& s, const ParticipationStats& d)
{
    QCOMPARE(s.totalSubmissions, d.totalSubmissions);
    QCOMPARE(s.validSubmissions, d.validSubmissions);
    QCOMPARE(s.contestants, d.contestants);
    QCOMPARE(s.predictionTarget, d.predictionTarget);
    QCOMPARE(s.predictionBinWidth, d.predictionBinWidth);
    QCOMPARE(s.daysLeft, d.daysLeft);
    QCOMPARE(s.days.size(), d.days.size());
    for (qsizetype i = 0; i < s.days.size(); ++i) {
        QCOMPARE(s.days.at(i).date, d.days.at(i).date);
        QCOMPARE(s.days.at(i).submissions, d.days.at(i).submissions);
        QCOMPARE(s.days.at(i).contestants, d.days.at(i).contestants);
        QCOMPARE(s.days.at(i).newContestants, d.days.at(i).newContestants);
        QCOMPARE(s.days.at(i).cumulativeContestants, d.days.at(i).cumulativeContestants);
    }
    QCOMPARE(countsOf(s.hours), countsOf(d.hours));
    QCOMPARE(countsOf(s.predictions), countsOf(d.predictions));
    QCOMPARE(countsOf(s.durations), countsOf(d.durations));
    QCOMPARE(s.reasons.size(), d.reasons.size());
    for (qsizetype i = 0; i < s.reasons.size(); ++i) {
        QCOMPARE(s.reasons.at(i).code, d.reasons.at(i).code);
        QCOMPARE(s.reasons.at(i).count, d.reasons.at(i).count);
    }
}

void compareWithReferences(Database& db)
{
    const QDateTime now(QDate(2024, 6, 10), QTime(3, 0), Qt::UTC);
    const ParticipationStats s = ParticipationStats::compute(db, now);
    const ParticipationStats d = DirectStatistics::compute(db, now);
    compareChartFigures(s, d);
    if (QTest::currentTestFailed())
        return;

    // What follows the counted attempt, against the results engine.
    const EngineFigures e = engineFigures(db);
    QCOMPARE(s.contestants, e.contestants);
    QMap<qint64, qint64> correct;
    for (const StatBucket& b : s.correct)
        if (b.count)
            correct[b.key] = b.count;
    QCOMPARE(correct, e.correct);
    const UnitParticipationReport report = UnitParticipationReport::compute(db);
    QCOMPARE(report.rows().size(), e.units.size());
    for (const auto& row : report.rows()) {
        QVERIFY2(e.units.contains(row.code), qPrintable(row.code));
        const auto& u = e.units.value(row.code);
        QCOMPARE(row.contestants, u.contestants);
        QCOMPARE(row.perfect, u.perfect);
        QCOMPARE(row.averageCorrect, double(u.correctSum) / double(u.contestants));
    }
    qint64 dashboardUnits = 0;
    for (const auto& u : s.units) {
        QCOMPARE(u.contestants, e.units.value(u.code).contestants);
        dashboardUnits += u.contestants;
    }
    QCOMPARE(dashboardUnits, s.contestants);

    // A rebuild from scratch and the in-memory pass agree with the refreshed tables.
    const StatisticsTally refreshed = StatisticsSummary::load(db);
    const StatisticsTally direct =
        StatisticsSummary::compute(db, ContestRepository(db).loadOrDefaults());
    QCOMPARE(direct.counts, refreshed.counts);
    QCOMPARE(direct.reasons, refreshed.reasons);
    StatisticsSummary::clear(db);
    QVERIFY(StatisticsSummary::refresh(db).rebuilt);
    const StatisticsTally rebuilt = StatisticsSummary::load(db);
    QCOMPARE(rebuilt.counts, refreshed.counts);
    QCOMPARE(rebuilt.reasons, refreshed.reasons);
    // QHash keeps no order: compare unit by unit.
    QStringList rebuiltUnits = rebuilt.units.keys(), refreshedUnits = refreshed.units.keys();
    rebuiltUnits.sort();
    refreshedUnits.sort();
    QCOMPARE(rebuiltUnits, refreshedUnits);
    for (const QString& unit : rebuiltUnits) {
        const auto& a = rebuilt.units.value(unit);
        const auto& b = refreshed.units.value(unit);
        QCOMPARE(a.contestants, b.contestants);
        QCOMPARE(a.correctSum, b.correctSum);
        QCOMPARE(a.perfect, b.perfect);
    }
}

} // namespace

void TestStatisticsSummary::incrementalEqualsDirect_data()
{
    QTest::addColumn<int>("policy");
    QTest::addColumn<int>("maxAttempts");
    QTest::addColumn<bool>("predictionFirst");
    QTest::addColumn<int>("target");
    QTest::addColumn<quint32>("seed");
    const int contestants = int(PredictionTarget::Kind::Contestants);
    QTest::newRow("best, default order")
        << int(CountedAttempt::Best) << 0 << false << contestants << 1u;
    QTest::newRow("best, prediction first, target = submissions")
        << int(CountedAttempt::Best) << 0 << true << int(PredictionTarget::Kind::Submissions) << 2u;
    QTest::newRow("best of the first two")
        << int(CountedAttempt::Best) << 2 << false << contestants << 3u;
    QTest::newRow("first") << int(CountedAttempt::First) << 0 << false << contestants << 4u;
    QTest::newRow("last of the first three")
        << int(CountedAttempt::Last) << 3 << false << contestants << 5u;
    QTest::newRow("last, fixed target")
        << int(CountedAttempt::Last) << 0 << false << int(PredictionTarget::Kind::Fixed) << 6u;
}

void TestStatisticsSummary::incrementalEqualsDirect()
{
    QFETCH(int, policy);
    QFETCH(int, maxAttempts);
    QFETCH(bool, predictionFirst);
    using K = RankingKey;
    const QList<K> order =
        predictionFirst ? QList<K>{K::PredictionError, K::Correct, K::Duration, K::SubmittedAt}
                        : QList<K>();
    QFETCH(int, target);
    QFETCH(quint32, seed);
    TestDatabase t;
    setPolicy(t.db(), CountedAttempt(policy), maxAttempts, order, PredictionTarget::Kind(target));
    QRandomGenerator rng(seed);
    int serial = 0;
    insertRandom(t.db(), rng, 400, 150, serial);
    QVERIFY(StatisticsSummary::refresh(t.db()).rebuilt);
    compareWithReferences(t.db());
    // Batches after the first: new people and further attempts of those already counted.
    for (int batch = 0; batch < 4; ++batch) {
        insertRandom(t.db(), rng, 40 + 30 * batch, 150 + 20 * batch, serial);
        const StatisticsSummary::Refresh r = StatisticsSummary::refresh(t.db());
        QVERIFY(!r.rebuilt);
        QCOMPARE(r.newRows, 40 + 30 * batch);
        compareWithReferences(t.db());
    }
}

void TestStatisticsSummary::rebuildsWhenThePolicyChanges()
{
    TestDatabase t;
    QRandomGenerator rng(11);
    int serial = 0;
    insertRandom(t.db(), rng, 300, 80, serial);
    StatisticsSummary::refresh(t.db());
    QVERIFY(!StatisticsSummary::refresh(t.db()).rebuilt);
    setPolicy(t.db(), CountedAttempt::First, 0, {}, PredictionTarget::Kind::Contestants);
    QVERIFY(StatisticsSummary::refresh(t.db()).rebuilt);
    compareWithReferences(t.db());
    // Re-judging writes a new fingerprint: the summary must not keep the old grades.
    t.db().exec(QStringLiteral("INSERT INTO app_meta (key, value) VALUES "
                               "('submissions_judged_with', 'other')"));
    t.db().exec(QStringLiteral("UPDATE submissions SET correct = 30 WHERE id = 'S000001'"));
    QVERIFY(StatisticsSummary::refresh(t.db()).rebuilt);
    compareWithReferences(t.db());
}

void TestStatisticsSummary::asOfADayCountsOnlyWhatWasSubmittedBy()
{
    TestDatabase t;
    QRandomGenerator rng(21);
    int serial = 0;
    insertRandom(t.db(), rng, 500, 200, serial);
    const ParticipationStats all = ParticipationStats::compute(t.db());
    const ParticipationStats last = ParticipationStats::asOf(t.db(), QDate(2024, 6, 20));
    QCOMPARE(last.contestants, all.contestants);
    QCOMPARE(last.validSubmissions, all.validSubmissions);
    const ParticipationStats early = ParticipationStats::asOf(t.db(), QDate(2024, 6, 7));
    // 7 June ends at 16:59:59.999Z.
    const qint64 until = QDateTime(QDate(2024, 6, 7), QTime(17, 0), Qt::UTC).toMSecsSinceEpoch();
    QSqlQuery q = t.db().exec(
        QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT contestant_key) FROM submissions "
                       "WHERE valid = 1 AND contestant_key <> '' AND submitted_at_ms < ?"),
        {until});
    QVERIFY(q.next());
    QCOMPARE(early.validSubmissions, q.value(0).toLongLong());
    QCOMPARE(early.contestants, q.value(1).toLongLong());
    QVERIFY(early.contestants < all.contestants);
    QCOMPARE(early.daysLeft, 13); // 8 to 20 June
}

// The progress report's figures as of a past day are counted straight from the
// submissions sent by its end (not from the summary): they must be the dashboard's figures
// of a database holding only those, every chart of it, under a policy where the counted
// attempt hangs on the prediction target.
void TestStatisticsSummary::asOfADayIsTheDashboardOfWhatWasSentBy()
{
    using K = RankingKey;
    const QList<K> order = {K::PredictionError, K::Correct, K::Duration, K::SubmittedAt};
    TestDatabase all;
    setPolicy(all.db(), CountedAttempt::Best, 2, order, PredictionTarget::Kind::Contestants);
    QRandomGenerator rng(41);
    int serial = 0;
    const QList<Row> rows = randomRows(rng, 700, 180, serial);
    all.db().transaction([&] {
        for (const Row& r : rows)
            StatisticsFixture::insert(all.db(), r);
    });
    const int offset = ContestRepository(all.db()).loadOrDefaults().timezoneOffsetMinutes;
    for (const QDate& day :
         {QDate(2024, 6, 1), QDate(2024, 6, 8), QDate(2024, 6, 14), QDate(2024, 6, 20)}) {
        const ParticipationStats asOf = ParticipationStats::asOf(all.db(), day);
        const qint64 until = StatisticsTally::endOfDayMs(day, offset);
        TestDatabase then;
        setPolicy(then.db(), CountedAttempt::Best, 2, order, PredictionTarget::Kind::Contestants);
        then.db().transaction([&] {
            for (const Row& r : rows) {
                if (QDateTime::fromString(r.submittedAt, Qt::ISODate).toMSecsSinceEpoch() <= until)
                    StatisticsFixture::insert(then.db(), r);
            }
        });
        const ParticipationStats s = ParticipationStats::compute(
            then.db(), QDateTime::fromMSecsSinceEpoch(until + 1, Qt::UTC));
        QVERIFY(s.contestants > 0);
        compareChartFigures(asOf, s);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(countsOf(asOf.correct), countsOf(s.correct));
        QCOMPARE(asOf.units.size(), s.units.size());
        for (qsizetype i = 0; i < s.units.size(); ++i) {
            QCOMPARE(asOf.units.at(i).code, s.units.at(i).code);
            QCOMPARE(asOf.units.at(i).contestants, s.units.at(i).contestants);
        }
    }
}

// The brief's "direct SQL count" of the per-unit report under the "first" policy: each
// person in the unit of their earliest valid submission (ties by id).
void TestStatisticsSummary::unitReportFollowsTheCountedAttempt()
{
    TestDatabase t;
    setPolicy(t.db(), CountedAttempt::First, 0, {}, PredictionTarget::Kind::Contestants);
    QRandomGenerator rng(31);
    int serial = 0;
    insertRandom(t.db(), rng, 400, 120, serial);
    const auto report = UnitParticipationReport::compute(t.db());
    QVERIFY(report.rows().size() >= 3);
    for (const auto& row : report.rows()) {
        QSqlQuery q = t.db().exec(
            QStringLiteral(
                "SELECT COUNT(*), SUM(CASE WHEN s.correct >= 30 THEN 1 ELSE 0 END) "
                "FROM submissions s WHERE s.valid = 1 AND s.contestant_key <> '' AND s.unit = ? "
                "AND NOT EXISTS (SELECT 1 FROM submissions e WHERE e.valid = 1 "
                "AND e.contestant_key = s.contestant_key AND (e.submitted_at_ms < "
                "s.submitted_at_ms OR (e.submitted_at_ms = s.submitted_at_ms AND e.id < s.id)))"),
            {row.code});
        QVERIFY(q.next());
        QCOMPARE(row.contestants, q.value(0).toLongLong());
        QCOMPARE(row.perfect, q.value(1).toLongLong());
    }
}

QTEST_GUILESS_MAIN(TestStatisticsSummary)
#include "TestStatisticsSummary.moc"
