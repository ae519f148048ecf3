#include "RankingFixture.h"

#include <QtTest>

using namespace RankingFixture;

// Prize slots, ties at boundaries, judges' decisions and the collective ranking.
class TestRankingPrizes : public QObject
{
    Q_OBJECT

    static ContestSettings smallPrizes()
    {
        ContestSettings s = settings();
        s.individualPrizes = {{"first", "Giải Nhất", 1, 1500000},
                              {"second", "Giải Nhì", 2, 1000000},
                              {"third", "Giải Ba", 1, 500000}};
        return s;
    }
    static QStringList prizes(const Results& r)
    {
        QStringList out;
        for (const IndividualResult& row : r.individual)
            out << (row.prize.isEmpty() ? QStringLiteral("-") : row.prize);
        return out;
    }

private Q_SLOTS:
    void tieInsideOneTier()
    {
        const Results r =
            RankingEngine::compute(smallPrizes(), {}, {},
                                   {sub("a", person(1), 30), sub("b", person(2), 29),
                                    sub("c", person(3), 29), sub("d", person(4), 28)});
        QCOMPARE(prizes(r), (QStringList{"first", "second", "second", "third"}));
        QVERIFY(r.unresolvedTies.isEmpty());
    }

    void tieStraddlingBoundaryReservesSlots()
    {
        // Slots: first, second, second, third. Three equal people hold slots 2..4.
        const Results r = RankingEngine::compute(smallPrizes(), {}, {},
                                                 {sub("a", person(1), 30), sub("b", person(2), 29),
                                                  sub("c", person(3), 29), sub("d", person(4), 29),
                                                  sub("e", person(5), 28)});
        QCOMPARE(prizes(r), (QStringList{"first", "-", "-", "-", "-"}));
        QCOMPARE(r.unresolvedTies.size(), 1);
        const UnresolvedTie& tie = r.unresolvedTies.at(0);
        QCOMPARE(tie.prize, QStringLiteral("second"));
        QCOMPARE(tie.members, (QStringList{person(2), person(3), person(4)}));
        QCOMPARE(tie.firstSlot, 1);
        QCOMPARE(tie.slotPrizes, (QStringList{"second", "second", "third"}));
        QVERIFY(row(r, person(2)).unresolvedTie);
        // Nobody below moves up: person 5 does not get the third prize.
        QVERIFY(row(r, person(5)).prize.isEmpty());
    }

    void tieAcrossTheLastPrize()
    {
        // Slot 4 (third) and beyond: some would get a prize, some none.
        const Results r = RankingEngine::compute(smallPrizes(), {}, {},
                                                 {sub("a", person(1), 30), sub("b", person(2), 29),
                                                  sub("c", person(3), 29), sub("d", person(4), 20),
                                                  sub("e", person(5), 20)});
        QCOMPARE(prizes(r), (QStringList{"first", "second", "second", "-", "-"}));
        QCOMPARE(r.unresolvedTies.size(), 1);
        QCOMPARE(r.unresolvedTies.at(0).prize, QStringLiteral("third"));
        QCOMPARE(r.unresolvedTies.at(0).slotPrizes, (QStringList{"third", ""}));
    }

    void tiePastTheLastPrizeIsNoTie()
    {
        const Results r = RankingEngine::compute(
            smallPrizes(), {}, {},
            {sub("a", person(1), 30), sub("b", person(2), 29), sub("c", person(3), 28),
             sub("d", person(4), 27), sub("e", person(5), 20), sub("f", person(6), 20)});
        QCOMPARE(prizes(r), (QStringList{"first", "second", "second", "third", "-", "-"}));
        QVERIFY(r.unresolvedTies.isEmpty());
    }

    void ineligiblePassedOver()
    {
        // The ineligible person in the equal group does not make it a tie.
        const QList<Exclusion> ex{{"id_number", person(1), "jury"},
                                  {"id_number", person(3), "jury"}};
        const Results r = RankingEngine::compute(
            smallPrizes(), {}, ex,
            {sub("a", person(1), 30), sub("b", person(2), 29), sub("c", person(3), 28),
             sub("d", person(4), 28), sub("e", person(5), 27), sub("f", person(6), 26)});
        QCOMPARE(prizes(r), (QStringList{"-", "first", "-", "second", "second", "third"}));
        QVERIFY(r.unresolvedTies.isEmpty());
        QCOMPARE(row(r, person(1)).rank, 1);
    }

    void judgesDecisionApplied()
    {
        const QList<GradedSubmission> subs{sub("a", person(1), 30), sub("b", person(2), 30),
                                           sub("c", person(3), 29)};
        TieDecision d;
        d.prize = QStringLiteral("first");
        d.members = {person(1), person(2)};
        d.order = {person(2), person(1)};
        d.reason = QStringLiteral("lot drawn in public");
        const Results r = RankingEngine::compute(smallPrizes(), {}, {}, subs, {d});
        QVERIFY(r.unresolvedTies.isEmpty());
        QVERIFY(r.staleDecisions.isEmpty());
        QCOMPARE(row(r, person(2)).prize, QStringLiteral("first"));
        QCOMPARE(row(r, person(1)).prize, QStringLiteral("second"));
        QVERIFY(row(r, person(1)).decidedByJudges);
        // The judges' order is the listing, with successive ranks (issue 14): the award
        // list and the certificate numbers read the listing.
        QCOMPARE(r.individual.at(0).contestant(), person(2));
        QCOMPARE(r.individual.at(1).contestant(), person(1));
        QCOMPARE(row(r, person(2)).rank, 1);
        QCOMPARE(row(r, person(1)).rank, 2);
        QCOMPARE(row(r, person(3)).rank, 3);
        QCOMPARE(row(r, person(3)).prize, QStringLiteral("second"));
        const TieDecision* applied = r.appliedDecision(TieDecision::Scope::Individual, person(1));
        QVERIFY(applied);
        QCOMPARE(applied->reason, d.reason);
    }

    void judgesOrderAtTheThirdPrizeBoundary()
    {
        // The demo's case: two people equal at the third-prize boundary, an ineligible
        // one equal with them; the judges put the one listed second ahead.
        ContestSettings s = smallPrizes();
        s.individualPrizes.append({"consolation", "Khuyến khích", 1, 300000});
        const QList<Exclusion> ex{{"id_number", person(7), "jury"}};
        const QList<GradedSubmission> subs{sub("a", person(1), 30), sub("b", person(2), 29),
                                           sub("c", person(3), 29), sub("d", person(5), 28),
                                           sub("e", person(6), 28), sub("f", person(7), 28),
                                           sub("g", person(8), 27)};
        TieDecision d;
        d.prize = QStringLiteral("third");
        d.members = {person(5), person(6)};
        d.order = {person(6), person(5)};
        d.reason = QStringLiteral("shorter time on the tie-break question");
        const Results r = RankingEngine::compute(s, {}, ex, subs, {d});
        QVERIFY(r.unresolvedTies.isEmpty());
        QStringList listed;
        QList<int> ranks;
        for (const IndividualResult& row : r.individual) {
            listed << row.contestant();
            ranks << row.rank;
        }
        QCOMPARE(listed, (QStringList{person(1), person(2), person(3), person(6), person(5),
                                      person(7), person(8)}));
        QCOMPARE(ranks, (QList<int>{1, 2, 2, 4, 5, 6, 7}));
        QCOMPARE(prizes(r),
                 (QStringList{"first", "second", "second", "third", "consolation", "-", "-"}));
    }

    void staleDecisionReported()
    {
        TieDecision d;
        d.prize = QStringLiteral("first");
        d.members = {person(1), person(2)};
        d.order = {person(2), person(1)};
        // A late valid submission joins the group: the decision was about two people.
        const Results r = RankingEngine::compute(
            smallPrizes(), {}, {},
            {sub("a", person(1), 30), sub("b", person(2), 30), sub("c", person(3), 30)}, {d});
        QCOMPARE(r.staleDecisions.size(), 1);
        QCOMPARE(r.staleDecisions.at(0).decision, d);
        QVERIFY(!r.staleDecisions.at(0).why.isEmpty());
        QCOMPARE(r.unresolvedTies.size(), 1);
        QCOMPARE(r.unresolvedTies.at(0).members.size(), 3);
        QCOMPARE(prizes(r), (QStringList{"-", "-", "-"}));
        // An order that is not a permutation of the members is not applied either.
        TieDecision bad = d;
        bad.order = {person(2), person(2)};
        const Results r2 = RankingEngine::compute(
            smallPrizes(), {}, {}, {sub("a", person(1), 30), sub("b", person(2), 30)}, {bad});
        QCOMPARE(r2.staleDecisions.size(), 1);
        QCOMPARE(r2.unresolvedTies.size(), 1);
    }

    void collectiveRanking()
    {
        ContestSettings s = settings();
        s.questionsPerAttempt = 30;
        s.collectivePrizeCount = 2;
        QList<Unit> units{{"ORG", "Phòng VHTT", "agency", 10, false},
                          {"A", "Xã A", "commune", 8, true},
                          {"B", "Xã B", "commune", std::nullopt, true},
                          {"C", "Xã C", "commune", 4, true},
                          {"D", "Xã D", "commune", 4, true}};
        QList<GradedSubmission> subs;
        int n = 0;
        auto add = [&](const QString& unit, int correct, qint64 duration) {
            ++n;
            subs << sub(QString::number(n), person(n), correct, 100, duration, n, unit);
        };
        for (int i = 0; i < 4; ++i)
            add("ORG", 30, 1000); // most contestants, but not eligible
        add("A", 30, 1000);
        add("A", 10, 2000);
        add("A", 10, 2001); // avg 1667 ms (1667.0)
        add("B", 30, 1000);
        add("B", 30, 2000); // 2 contestants, 2 perfect
        add("C", 30, 1500);
        add("C", 30, 1500); // equal with D on every key
        add("D", 30, 1000);
        add("D", 30, 2000);
        add("ZZ", 30, 1); // a code nobody registered
        // An ineligible contestant still counts for the unit.
        const QList<Exclusion> ex{{"id_number", person(5), "jury"}};
        Results r = RankingEngine::compute(s, units, ex, subs);
        QCOMPARE(r.collective.size(), 6);
        // Units that may not receive a prize come last, unranked (issue 14): the
        // organising office had the most contestants, but the ranking starts with A.
        QCOMPARE(r.collective.at(0).unitCode, QStringLiteral("A"));
        QCOMPARE(r.collective.at(0).rank, 1);
        QCOMPARE(r.collective.at(0).contestants, 3);
        QCOMPARE(r.collective.at(0).perfect, 1);
        QCOMPARE(r.collective.at(0).avgDurationMs, 1667);
        QVERIFY(r.collective.at(0).prize);
        // B, C and D all have 2 contestants and 2 perfect scores, average 1500 ms.
        QCOMPARE(r.collective.at(1).rank, 2);
        QCOMPARE(r.collective.at(2).rank, 2);
        QCOMPARE(r.collective.at(3).rank, 2);
        QVERIFY(!r.collective.at(1).participationRate.has_value() ||
                r.collective.at(1).unitCode != QStringLiteral("B"));
        QCOMPARE(r.unresolvedTies.size(), 1);
        QCOMPARE(r.unresolvedTies.at(0).scope, TieDecision::Scope::Collective);
        QCOMPARE(r.unresolvedTies.at(0).prize, QStringLiteral("collective"));
        QCOMPARE(r.unresolvedTies.at(0).members, (QStringList{"B", "C", "D"}));
        QCOMPARE(r.collective.at(4).unitCode, QStringLiteral("ORG"));
        QCOMPARE(r.collective.at(4).rank, 0);
        QVERIFY(!r.collective.at(4).eligible);
        QVERIFY(!r.collective.at(4).prize);
        QCOMPARE(r.collective.at(4).participationRate.value_or(-1), 0.4);
        QCOMPARE(r.collective.at(5).unitCode, QStringLiteral("ZZ"));
        QCOMPARE(r.collective.at(5).rank, 0);
        QVERIFY(!r.collective.at(5).knownUnit);
        QVERIFY(!r.collective.at(5).eligible);

        TieDecision d;
        d.scope = TieDecision::Scope::Collective;
        d.prize = QStringLiteral("collective");
        d.members = {"D", "B", "C"};
        d.order = {"C", "B", "D"};
        r = RankingEngine::compute(s, units, ex, subs, {d});
        QVERIFY(r.unresolvedTies.isEmpty());
        for (const CollectiveResult& c : r.collective)
            QCOMPARE(c.prize, c.unitCode == "A" || c.unitCode == "C");
        QStringList listed;
        QList<int> ranks;
        for (const CollectiveResult& c : r.collective) {
            listed << c.unitCode;
            ranks << c.rank;
        }
        QCOMPARE(listed, (QStringList{"A", "C", "B", "D", "ORG", "ZZ"}));
        QCOMPARE(ranks, (QList<int>{1, 2, 3, 4, 0, 0}));
    }
};

QTEST_GUILESS_MAIN(TestRankingPrizes)
#include "TestRankingPrizes.moc"
