#include "NaiveRanking.h"

#include "results/RankingEngine.h"
#include "results/RankingKeys.h"

#include <QRandomGenerator>
#include <QtTest>

// The engine against NaiveRanking on thousands of small generated contests that are
// full of what goes wrong: ties on every key, people under several phone spellings,
// phones of ID-keyed people on the exclusion list, several attempts, every policy,
// target and ranking order, and judges' decisions both current and stale.
class TestRankingRandomized : public QObject
{
    Q_OBJECT

    struct Contest
    {
        ContestSettings settings;
        QList<Unit> units;
        QList<Exclusion> exclusions;
        QList<GradedSubmission> submissions;
    };

    static QString phoneSpelling(QRandomGenerator& rng, const QString& digits9)
    {
        switch (rng.bounded(4)) {
        case 0:
            return "0" + digits9;
        case 1:
            return "+84 " + digits9.left(3) + " " + digits9.mid(3, 3) + " " + digits9.mid(6);
        case 2:
            return "84" + digits9;
        default:
            return "0" + digits9.left(3) + "." + digits9.mid(3, 3) + "." + digits9.mid(6);
        }
    }

    static Contest generate(quint32 seed)
    {
        QRandomGenerator rng(seed);
        Contest c;
        ContestSettings& s = c.settings;
        s = ContestSettings::defaults();
        s.questionsPerAttempt = 4;
        s.certificateMinCorrect = int(rng.bounded(5));
        s.maxAttempts = int(rng.bounded(4));
        s.countedAttempt = CountedAttempt(rng.bounded(3));
        s.predictionTarget = {PredictionTarget::Kind(rng.bounded(3)), qint64(rng.bounded(20))};
        QList<RankingKey> keys = SettingNames::allRankingKeys();
        std::shuffle(keys.begin(), keys.end(), rng);
        s.rankingOrder =
            rng.bounded(4) == 0 ? QList<RankingKey>() : keys.mid(0, 1 + rng.bounded(6));
        s.individualPrizes.clear();
        const int tiers = int(rng.bounded(4));
        for (int t = 0; t < tiers; ++t)
            s.individualPrizes << PrizeTier{
                QStringLiteral("p%1").arg(t), {}, int(rng.bounded(4)), 1};
        s.collectivePrizeCount = int(rng.bounded(4));
        for (int u = 0; u < 4; ++u)
            c.units << Unit{QStringLiteral("U%1").arg(u), {}, "commune", 10, rng.bounded(4) != 0};

        const bool huge = seed % 7 == 0;
        const int people = 2 + int(rng.bounded(20));
        const qint64 base = 1717200000000;
        for (int p = 0; p < people; ++p) {
            const QString digits9 =
                QStringLiteral("9%1").arg(rng.bounded(30), 8, 10, QLatin1Char('0'));
            const int kind = int(rng.bounded(4)); // 0 ID12, 1 ID9, 2 phone, 3 ID12 + phone
            const QString id =
                kind == 1 ? QStringLiteral("%1").arg(rng.bounded(40), 9, 10, QLatin1Char('0'))
                          : QStringLiteral("0511%1").arg(rng.bounded(40), 8, 10, QLatin1Char('0'));
            const int attempts = 1 + int(rng.bounded(4));
            for (int a = 0; a < attempts; ++a) {
                GradedSubmission sub;
                // Unique, but not in submission order, so the id tie-break is exercised.
                sub.id = QStringLiteral("s%1-%2").arg(rng.bounded(100)).arg(c.submissions.size());
                sub.name = QStringLiteral("P%1").arg(p);
                if (kind == 0 || kind == 1 || kind == 3)
                    sub.idNumber = rng.bounded(5) == 0 ? id.left(4) + " " + id.mid(4) : id;
                if (kind >= 2 || rng.bounded(3) == 0)
                    sub.phone = phoneSpelling(rng, digits9);
                if (rng.bounded(30) == 0)
                    sub.idNumber = "abc", sub.phone = "12";
                const int unit = int(rng.bounded(7));
                sub.unitCode = unit < 4    ? QStringLiteral("U%1").arg(unit)
                               : unit == 4 ? QStringLiteral("UX")
                                           : QString();
                sub.valid = rng.bounded(10) != 0;
                sub.correct = int(rng.bounded(5));
                sub.prediction = rng.bounded(20);
                sub.durationMs = 1000 * (1 + rng.bounded(3));
                sub.submittedAt.utcMs = base + 60000 * rng.bounded(6);
                if (huge) { // ranges too wide for the engine's packed sort keys
                    sub.prediction <<= 58;
                    // Summed per unit: stay far from overflow.
                    sub.durationMs = (sub.durationMs / 1000) << 56;
                }
                sub.startedAt.utcMs = sub.submittedAt.utcMs - sub.durationMs;
                c.submissions << sub;
            }
            if (rng.bounded(8) == 0)
                c.exclusions << Exclusion{"id_number", id, "jury"};
            if (rng.bounded(8) == 0)
                c.exclusions << Exclusion{"phone", "0" + digits9, "staff"};
        }
        if (rng.bounded(4) == 0)
            c.exclusions << Exclusion{"unit", QStringLiteral("U%1").arg(rng.bounded(5)),
                                      "organiser"};
        return c;
    }

    // Decisions for some of the current ties, some mangled into stale ones.
    static QList<TieDecision> decide(quint32 seed, const NaiveRanking::Outcome& before)
    {
        QRandomGenerator rng(seed ^ 0x5eed);
        QList<TieDecision> out;
        for (const NaiveRanking::Tie& tie : before.ties) {
            if (rng.bounded(3) == 0)
                continue;
            TieDecision d;
            d.scope =
                tie.collective ? TieDecision::Scope::Collective : TieDecision::Scope::Individual;
            d.prize = tie.prize;
            d.members = tie.members;
            std::shuffle(d.members.begin(), d.members.end(), rng);
            d.order = tie.members;
            std::shuffle(d.order.begin(), d.order.end(), rng);
            switch (rng.bounded(6)) {
            case 0:
                d.members.removeLast(); // the group has changed since
                break;
            case 1:
                d.prize += "x"; // another prize at stake
                break;
            case 2:
                d.order.last() = d.order.first(); // not a permutation
                break;
            default:
                break;
            }
            out << d;
        }
        return out;
    }

    static QString decisionText(const TieDecision& d)
    {
        return QStringLiteral("%1|%2|%3|%4")
            .arg(int(d.scope))
            .arg(d.prize, d.members.join(","), d.order.join(","));
    }

    static void compare(const Results& r, const NaiveRanking::Outcome& n,
                        const QList<TieDecision>& decisions)
    {
        QCOMPARE(r.predictionTarget, n.target);
        QCOMPARE(r.contestants, n.contestants);
        QCOMPARE(r.validSubmissions, n.valid);
        QCOMPARE(r.invalidSubmissions, n.invalid);
        QCOMPARE(r.individual.size(), n.rows.size());
        for (int i = 0; i < n.rows.size(); ++i) {
            const IndividualResult& e = r.individual.at(i);
            const NaiveRanking::Row& w = n.rows.at(i);
            QCOMPARE(e.contestant(), w.key);
            QCOMPARE(r.countedOf(e).id, w.counted);
            QCOMPARE(e.rank, w.rank);
            QCOMPARE(e.consideredAttempts, w.considered);
            QCOMPARE(e.predictionError, w.error);
            QCOMPARE(e.exclusionHits, w.hits);
            QCOMPARE(e.eligible, w.eligible);
            QCOMPARE(e.prize, w.prize);
            QCOMPARE(e.unresolvedTie, w.tie);
            QCOMPARE(e.decidedByJudges, w.decided);
            QCOMPARE(e.certificate, w.certificate);
        }
        QCOMPARE(r.collective.size(), n.units.size());
        for (int i = 0; i < n.units.size(); ++i) {
            const CollectiveResult& e = r.collective.at(i);
            const NaiveRanking::Unit_& w = n.units.at(i);
            QCOMPARE(e.unitCode, w.code);
            QCOMPARE(e.rank, w.rank);
            QCOMPARE(e.contestants, w.contestants);
            QCOMPARE(e.perfect, w.perfect);
            QCOMPARE(e.avgDurationMs, w.avg);
            QCOMPARE(e.eligible, w.eligible);
            QCOMPARE(e.prize, w.prize);
            QCOMPARE(e.unresolvedTie, w.tie);
        }
        QCOMPARE(r.unresolvedTies.size(), n.ties.size());
        for (int i = 0; i < n.ties.size(); ++i) {
            QCOMPARE(r.unresolvedTies.at(i).scope == TieDecision::Scope::Collective,
                     n.ties.at(i).collective);
            QCOMPARE(r.unresolvedTies.at(i).prize, n.ties.at(i).prize);
            QCOMPARE(r.unresolvedTies.at(i).members, n.ties.at(i).members);
        }
        QStringList stale, naiveStale;
        for (const StaleDecision& d : r.staleDecisions)
            stale << decisionText(d.decision);
        for (int d : n.staleDecisions)
            naiveStale << decisionText(decisions.at(d));
        stale.sort();
        naiveStale.sort();
        QCOMPARE(stale, naiveStale);
    }

private Q_SLOTS:
    void engineAgreesWithNaiveReading()
    {
        constexpr quint32 Contests = 20000;
        QElapsedTimer timer;
        timer.start();
        int ties = 0, decided = 0, stale = 0;
        for (quint32 seed = 1; seed <= Contests; ++seed) {
            const Contest c = generate(seed);
            const NaiveRanking::Outcome before =
                NaiveRanking::compute(c.settings, c.units, c.exclusions, c.submissions, {});
            const QList<TieDecision> decisions = decide(seed, before);
            const Results r =
                RankingEngine::compute(c.settings, c.units, c.exclusions, c.submissions, decisions);
            const NaiveRanking::Outcome n =
                NaiveRanking::compute(c.settings, c.units, c.exclusions, c.submissions, decisions);
            ties += int(before.ties.size());
            stale += int(r.staleDecisions.size());
            decided += int(decisions.size() - r.staleDecisions.size());
            compare(r, n, decisions);
            if (QTest::currentTestFailed())
                QFAIL(qPrintable(QStringLiteral("seed %1").arg(seed)));
        }
        // The generator must actually produce what it is meant to exercise.
        QVERIFY(ties > 2000);
        QVERIFY(decided > 500);
        QVERIFY(stale > 500);
        qInfo("%u contests, %d ties, %d decided, %d stale, %lld ms", Contests, ties, decided, stale,
              timer.elapsed());
    }

    void workersDoNotChangeTheResult()
    {
        // Large enough for the engine to split the work; compared with one thread.
        Contest c = generate(77);
        QRandomGenerator rng(78);
        QList<GradedSubmission> many;
        for (int i = 0; i < 120000; ++i) {
            GradedSubmission s = c.submissions.at(i % c.submissions.size());
            s.id = QString::number(i);
            s.idNumber = QStringLiteral("0511%1").arg(rng.bounded(60000), 8, 10, QLatin1Char('0'));
            s.correct = int(rng.bounded(5));
            many << s;
        }
        const Results one = RankingEngine::compute(c.settings, c.units, c.exclusions, many, {}, 1);
        const Results four = RankingEngine::compute(c.settings, c.units, c.exclusions, many, {}, 4);
        QCOMPARE(one.individual.size(), four.individual.size());
        for (int i = 0; i < one.individual.size(); ++i) {
            QCOMPARE(one.individual.at(i).contestantCode, four.individual.at(i).contestantCode);
            QCOMPARE(one.individual.at(i).counted, four.individual.at(i).counted);
            QCOMPARE(one.individual.at(i).rank, four.individual.at(i).rank);
            QCOMPARE(one.individual.at(i).prize, four.individual.at(i).prize);
            QCOMPARE(one.individual.at(i).eligible, four.individual.at(i).eligible);
        }
        QCOMPARE(one.collective.size(), four.collective.size());
        for (int i = 0; i < one.collective.size(); ++i) {
            QCOMPARE(one.collective.at(i).unitCode, four.collective.at(i).unitCode);
            QCOMPARE(one.collective.at(i).contestants, four.collective.at(i).contestants);
            QCOMPARE(one.collective.at(i).avgDurationMs, four.collective.at(i).avgDurationMs);
        }
    }

    // At the scale where the engine sorts in buckets on several workers (its packed keys
    // split by their top bits), checked row by row without a second ranking: every row's
    // keys (from its counted attempt) not before the previous row's, equal keys listed by
    // the identity key as text, competition ranks, everyone once.
    void rankingOrderHoldsAtScale_data()
    {
        QTest::addColumn<QList<RankingKey>>("order");
        QTest::newRow("one narrow key (fewer bits than the buckets)")
            << QList<RankingKey>{RankingKey::Correct};
        QTest::newRow("three keys (under 64 bits)") << QList<RankingKey>{
            RankingKey::Correct, RankingKey::PredictionError, RankingKey::Duration};
        QTest::newRow("the default four (over 64 bits)") << QList<RankingKey>{};
    }
    void rankingOrderHoldsAtScale()
    {
        QFETCH(QList<RankingKey>, order);
        ContestSettings settings = ContestSettings::defaults();
        if (!order.isEmpty())
            settings.rankingOrder = order;
        QRandomGenerator rng(4242);
        QList<GradedSubmission> subs;
        const qint64 opens = 1717200000000;
        for (int i = 0; i < 150000; ++i) {
            GradedSubmission s;
            s.id = QStringLiteral("s%1").arg(i);
            const int person = int(rng.bounded(90000));
            if (person % 3 == 0)
                s.phone = QStringLiteral("09%1").arg(person, 8, 10, QLatin1Char('0'));
            else
                s.idNumber = QStringLiteral("0511%1").arg(person, 8, 10, QLatin1Char('0'));
            s.unitCode = QStringLiteral("U%1").arg(person % 40);
            s.correct = int(rng.bounded(31));
            // Narrow ranges as well as wide ones, so that many people tie on some keys.
            s.prediction = i % 2 ? rng.bounded(1000000) : rng.bounded(50);
            s.durationMs = i % 3 ? 60000 + rng.bounded(1500000) : 1000 * rng.bounded(3);
            s.submittedAt.utcMs = opens + qint64(rng.bounded(19 * 24 * 3600)) * 1000;
            s.startedAt.utcMs = s.submittedAt.utcMs - s.durationMs;
            subs << s;
        }
        const Results r = RankingEngine::compute(settings, {}, {}, subs, {}, 4);
        const QList<RankingKey> keys = RankingKeys::effectiveOrder(settings);
        auto keysOf = [&](const IndividualResult& row) {
            QList<qint64> k;
            for (RankingKey key : keys)
                k << RankingKeys::value(key, r.countedOf(row), r.predictionTarget,
                                        row.consideredAttempts);
            return k;
        };
        QSet<quint64> seen;
        QList<qint64> previous;
        for (int i = 0; i < r.individual.size(); ++i) {
            const IndividualResult& row = r.individual.at(i);
            QVERIFY2(!seen.contains(row.contestantCode), qPrintable(row.contestant()));
            seen.insert(row.contestantCode);
            const QList<qint64> k = keysOf(row);
            if (i == 0) {
                QCOMPARE(row.rank, 1);
            } else if (k == previous) {
                QVERIFY2(r.individual.at(i - 1).contestant() < row.contestant(),
                         qPrintable(QStringLiteral("row %1").arg(i)));
                QCOMPARE(row.rank, r.individual.at(i - 1).rank);
            } else {
                QVERIFY2(std::lexicographical_compare(previous.begin(), previous.end(), k.begin(),
                                                      k.end()),
                         qPrintable(QStringLiteral("row %1 ranks above the row before it").arg(i)));
                QCOMPARE(row.rank, i + 1);
            }
            previous = k;
        }
        QCOMPARE(int(r.individual.size()), r.contestants);
        QVERIFY(r.contestants > 60000); // enough for the engine to use several workers
    }
};

QTEST_GUILESS_MAIN(TestRankingRandomized)
#include "TestRankingRandomized.moc"
