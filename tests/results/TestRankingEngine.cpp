#include "RankingFixture.h"

#include "core/Identity.h"
#include "results/IdentityCode.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace RankingFixture;

// One test per rule of rules.md that decides who is who, which attempt counts and in
// what order people rank.
class TestRankingEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void identityNormalisation()
    {
        const ContestSettings s = settings();
        QList<GradedSubmission> subs{sub("a", "+84 905 123 456", 10, 100, 1000, 0),
                                     sub("b", "84905123456", 20, 100, 1000, 1),
                                     sub("c", "0905.123.456", 5, 100, 1000, 2)};
        const Results r = RankingEngine::compute(s, {}, {}, subs);
        QCOMPARE(r.contestants, 1);
        QCOMPARE(r.individual.size(), 1);
        QCOMPARE(r.individual.at(0).contestant(), QStringLiteral("0905123456"));
        QCOMPARE(r.individual.at(0).validAttempts, 3);
        QCOMPARE(countedId(r, "0905123456"), QStringLiteral("b"));
        // An ID number wins over the phone when both are given.
        GradedSubmission both = sub("d", "0905123456", 1);
        both.idNumber = QStringLiteral("051 190 001 234");
        const Results r2 = RankingEngine::compute(s, {}, {}, subs << both);
        QCOMPARE(r2.contestants, 2);
        QVERIFY(r2.findContestant("051190001234") >= 0);
    }

    void identityCodeAgreesWithIdentity()
    {
        const QStringList raws{"+84 905 123 456",
                               "84905123456",
                               "0905.123.456",
                               "905123456",
                               "051190001234",
                               "051 190 001 234",
                               "05119000123a",
                               "123456789",
                               "12345678",
                               "1234567890123",
                               "840905123456",
                               "8490512345",
                               "",
                               "  ",
                               "0000000000",
                               "000000000000",
                               "000000000",
                               QStringLiteral("051\u00a0190\u2003001234"),
                               "(+84) 0905-123-456",
                               "84 84 123 4567",
                               "0 84 123 4567 8"};
        for (const QString& raw : raws) {
            QCOMPARE(IdentityCode::toString(IdentityCode::idNumber(raw)),
                     Identity::normalizeIdNumber(raw));
            QCOMPARE(IdentityCode::toString(IdentityCode::phone(raw)),
                     Identity::normalizePhone(raw));
        }
        // Codes order like their strings: the listing of equal people depends on it.
        QRandomGenerator rng(5);
        for (int i = 0; i < 2000; ++i) {
            const auto make = [&rng]() {
                switch (rng.bounded(3)) {
                case 0:
                    return IdentityCode::idNumber(
                        QString::number(rng.bounded(1000)).rightJustified(9, '0'));
                case 1:
                    return IdentityCode::idNumber(
                        QString::number(rng.bounded(1000)).rightJustified(12, '0'));
                default:
                    return IdentityCode::phone(
                        QString("0" + QString::number(rng.bounded(1000)).rightJustified(9, '0')));
                }
            };
            const quint64 a = make(), b = make();
            QCOMPARE(IdentityCode::lessAsText(a, b),
                     IdentityCode::toString(a) < IdentityCode::toString(b));
        }
        // Same digits, different kinds: never the same person.
        QVERIFY(IdentityCode::idNumber(u"000000000") != IdentityCode::idNumber(u"000000000000"));
    }

    void invalidSubmissionsAreCountedButIgnored()
    {
        QList<GradedSubmission> subs{sub("a", person(1), 30), sub("b", person(2), 10)};
        subs[0].valid = false;
        subs[0].invalidReason = QStringLiteral("outside the window");
        GradedSubmission noIdentity = sub("c", "12", 30); // valid upstream, yet nobody
        subs << noIdentity;
        const Results r = RankingEngine::compute(settings(), {}, {}, subs);
        QCOMPARE(r.validSubmissions, 1);
        QCOMPARE(r.invalidSubmissions, 2);
        QCOMPARE(r.contestants, 1);
        QCOMPARE(r.individual.at(0).contestant(), person(2));
    }

    void phoneExclusionCatchesIdKeyedContestant()
    {
        GradedSubmission withPhone = sub("a", person(1), 30, 100, 1000, 0);
        withPhone.phone = QStringLiteral("+84 905 000 111");
        GradedSubmission later = sub("b", person(1), 10, 100, 1000, 5); // no phone this time
        const QList<Exclusion> ex{{"phone", "0905000111", "member of the jury"}};
        const Results r =
            RankingEngine::compute(settings(), {}, ex, {withPhone, later, sub("c", person(2), 5)});
        const IndividualResult& one = row(r, person(1));
        QVERIFY(!one.eligible);
        QCOMPARE(one.exclusionHits, QList<int>{0});
        QVERIFY(one.reason.contains("0905000111"));
        QVERIFY(one.reason.contains("member of the jury"));
        QVERIFY(one.prize.isEmpty());
        QVERIFY(!one.certificate);
        QCOMPARE(row(r, person(2)).prize, QStringLiteral("first"));
        // Still ranked first: ineligible people stay in the ranking.
        QCOMPARE(one.rank, 1);
    }

    void idExclusion()
    {
        const QList<Exclusion> ex{{"id_number", person(2), "technical staff"}};
        const Results r = RankingEngine::compute(settings(), {}, ex,
                                                 {sub("a", person(1), 5), sub("b", person(2), 9)});
        QVERIFY(!row(r, person(2)).eligible);
        QVERIFY(row(r, person(1)).eligible);
    }

    void unitExclusionByCountedAttempt()
    {
        ContestSettings s = settings();
        const QList<Exclusion> ex{{"unit", "ORG", "organising office"}};
        // Person 1 once answered for ORG, but the attempt that counts is for U1.
        QList<GradedSubmission> subs{sub("a", person(1), 10, 100, 1000, 0, "ORG"),
                                     sub("b", person(1), 20, 100, 1000, 1, "U1"),
                                     sub("c", person(2), 5, 100, 1000, 0, "U1"),
                                     sub("d", person(2), 25, 100, 1000, 1, "ORG")};
        Results r = RankingEngine::compute(s, {}, ex, subs);
        QVERIFY(row(r, person(1)).eligible);
        QVERIFY(!row(r, person(2)).eligible);
        QVERIFY(row(r, person(2)).reason.contains("organising office"));
        // With "first" counting, it flips.
        s.countedAttempt = CountedAttempt::First;
        r = RankingEngine::compute(s, {}, ex, subs);
        QVERIFY(!row(r, person(1)).eligible);
        QVERIFY(row(r, person(2)).eligible);
    }

    void attemptPolicies()
    {
        ContestSettings s = settings();
        const QList<GradedSubmission> subs{
            sub("a", person(1), 20, 100, 1000, 0), sub("b", person(1), 25, 100, 1000, 10),
            sub("c", person(1), 22, 100, 1000, 20), sub("d", person(1), 30, 100, 1000, 30)};
        s.countedAttempt = CountedAttempt::Best;
        QCOMPARE(countedId(RankingEngine::compute(s, {}, {}, subs), person(1)),
                 QStringLiteral("d"));
        s.countedAttempt = CountedAttempt::First;
        QCOMPARE(countedId(RankingEngine::compute(s, {}, {}, subs), person(1)),
                 QStringLiteral("a"));
        s.countedAttempt = CountedAttempt::Last;
        QCOMPARE(countedId(RankingEngine::compute(s, {}, {}, subs), person(1)),
                 QStringLiteral("d"));
        // Only the first three by submitted_at count, whatever order they arrive in.
        s.maxAttempts = 3;
        QList<GradedSubmission> shuffled{subs[3], subs[1], subs[0], subs[2]};
        Results r = RankingEngine::compute(s, {}, {}, shuffled);
        QCOMPARE(countedId(r, person(1)), QStringLiteral("c"));
        QCOMPARE(row(r, person(1)).consideredAttempts, 3);
        QCOMPARE(row(r, person(1)).validAttempts, 4);
        s.countedAttempt = CountedAttempt::Best;
        QCOMPARE(countedId(RankingEngine::compute(s, {}, {}, shuffled), person(1)),
                 QStringLiteral("b"));
        s.countedAttempt = CountedAttempt::First;
        QCOMPARE(countedId(RankingEngine::compute(s, {}, {}, shuffled), person(1)),
                 QStringLiteral("a"));
    }

    void bestUsesWholeRankingOrderAndEarliestAmongEquals()
    {
        ContestSettings s = settings();
        const QList<GradedSubmission> subs{sub("a", person(1), 25, 100, 9000, 0),
                                           sub("b", person(1), 25, 100, 5000, 10),
                                           sub("c", person(1), 25, 100, 5000, 20)};
        QCOMPARE(countedId(RankingEngine::compute(s, {}, {}, subs), person(1)),
                 QStringLiteral("b"));
        // Identical keys except submitted_at, which is not in this order: earliest wins.
        s.rankingOrder = {RankingKey::Correct, RankingKey::Duration};
        QCOMPARE(countedId(RankingEngine::compute(s, {}, {}, subs), person(1)),
                 QStringLiteral("b"));
    }

    void predictionTargets()
    {
        ContestSettings s = settings();
        const QList<GradedSubmission> subs{sub("a", person(1), 10, 5),
                                           sub("b", person(1), 10, 1, 1000, 1),
                                           sub("c", person(2), 10, 0), sub("d", person(3), 10, 3)};
        s.predictionTarget.kind = PredictionTarget::Kind::Contestants;
        Results r = RankingEngine::compute(s, {}, {}, subs);
        QCOMPARE(r.predictionTarget, 3);
        QCOMPARE(row(r, person(3)).predictionError, 0);
        QCOMPARE(row(r, person(3)).rank, 1);
        s.predictionTarget.kind = PredictionTarget::Kind::Submissions;
        r = RankingEngine::compute(s, {}, {}, subs);
        QCOMPARE(r.predictionTarget, 4);
        QCOMPARE(countedId(r, person(1)), QStringLiteral("a")); // |5-4| beats |1-4|
        QCOMPARE(row(r, person(1)).predictionError, 1);
        s.predictionTarget = {PredictionTarget::Kind::Fixed, 0};
        r = RankingEngine::compute(s, {}, {}, subs);
        QCOMPARE(r.predictionTarget, 0);
        QCOMPARE(row(r, person(2)).rank, 1);
        QCOMPARE(countedId(r, person(1)), QStringLiteral("b"));
    }

    void competitionRanks()
    {
        // Equal on every key: 1, 1, 3; listed by contestant key inside the group.
        const QList<GradedSubmission> subs{sub("a", person(3), 30), sub("b", person(1), 30),
                                           sub("c", person(2), 29), sub("d", person(4), 28)};
        const Results r = RankingEngine::compute(settings(), {}, {}, subs);
        QCOMPARE(r.individual.at(0).contestant(), person(1));
        QCOMPARE(r.individual.at(1).contestant(), person(3));
        QCOMPARE(r.individual.at(0).rank, 1);
        QCOMPARE(r.individual.at(1).rank, 1);
        QCOMPARE(r.individual.at(2).rank, 3);
        QCOMPARE(r.individual.at(3).rank, 4);
    }

    void rankingOrderIsASetting()
    {
        ContestSettings s = settings();
        QList<GradedSubmission> subs{sub("a", person(1), 30, 100, 9000, 5),
                                     sub("b", person(2), 20, 100, 1000, 9),
                                     sub("c", person(2), 19, 100, 1000, 1)};
        s.rankingOrder = {RankingKey::Duration, RankingKey::Correct};
        Results r = RankingEngine::compute(s, {}, {}, subs);
        QCOMPARE(r.individual.at(0).contestant(), person(2));
        QCOMPARE(countedId(r, person(2)), QStringLiteral("b"));
        // Fewer attempts first, then the earlier start.
        s.rankingOrder = {RankingKey::Attempts, RankingKey::StartedAt};
        r = RankingEngine::compute(s, {}, {}, subs);
        QCOMPARE(r.individual.at(0).contestant(), person(1));
        QCOMPARE(row(r, person(2)).consideredAttempts, 2);
        s.rankingOrder = {RankingKey::StartedAt};
        r = RankingEngine::compute(s, {}, {}, subs);
        QCOMPARE(r.individual.at(0).contestant(), person(2)); // c started before a
        QCOMPARE(countedId(r, person(2)), QStringLiteral("c"));
    }

    void certificatesThreshold()
    {
        ContestSettings s = settings();
        s.certificateMinCorrect = 15;
        const QList<Exclusion> ex{{"id_number", person(3), "jury"}};
        const Results r = RankingEngine::compute(
            s, {}, ex, {sub("a", person(1), 15), sub("b", person(2), 14), sub("c", person(3), 30)});
        QVERIFY(row(r, person(1)).certificate);
        QVERIFY(!row(r, person(2)).certificate);
        QVERIFY(!row(r, person(3)).certificate);
    }
};

QTEST_GUILESS_MAIN(TestRankingEngine)
#include "TestRankingEngine.moc"
