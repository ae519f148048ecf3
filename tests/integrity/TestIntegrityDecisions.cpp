#include "IntegrityFixture.h"
#include "audit/AuditLog.h"
#include "integrity/IntegrityDecisions.h"
#include "integrity/IntegrityScan.h"
#include "judging/ResultsLock.h"
#include "judging/ResultsService.h"

// The judges decide: an exclusion reaches the ranking with its reason and moves the
// prize; every decision is audited; locking waits for the cases that touch a prize.
class TestIntegrityDecisions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { m_f = std::make_unique<IntegrityFixture>(); }
    void cleanup() { m_f.reset(); }
    void anExclusionMovesThePrizeWithItsReason();
    void lockingWaitsForTheCasesTouchingAPrize();
    void incompleteDecisionsAreRefused();

private:
    IntegrityCase caseOf(const QString& kind);
    std::unique_ptr<IntegrityFixture> m_f;
};

IntegrityCase TestIntegrityDecisions::caseOf(const QString& kind)
{
    for (const IntegrityCase& c :
         IntegrityScan::scan(m_f->db(), ResultsService(m_f->db()).computeLive())) {
        if (c.kind == kind)
            return c;
    }
    return {};
}

void TestIntegrityDecisions::anExclusionMovesThePrizeWithItsReason()
{
    const IntegrityCase speed = caseOf(QStringLiteral("speed"));
    QCOMPARE(speed.prizeAtStake, QStringLiteral("first"));
    IntegrityDecisions(m_f->db()).decide(speed, true, QStringLiteral("3 giây cho 2 câu"),
                                         QStringLiteral("Ông A, Bà B"));
    const Results r = ResultsService(m_f->db()).computeLive();
    const int row = r.findContestant(QStringLiteral("051200000006"));
    QVERIFY(row >= 0);
    QVERIFY(!r.individual.at(row).eligible);
    QCOMPARE(r.individual.at(row).reason,
             QStringLiteral("excluded by the judges: 3 giây cho 2 câu"));
    QVERIFY(r.individual.at(row).prize.isEmpty());
    bool someoneElseFirst = false;
    for (const IndividualResult& i : r.individual)
        someoneElseFirst |= i.prize == QLatin1String("first");
    QVERIFY(someoneElseFirst);
    const QList<AuditEntry> log = AuditLog(m_f->db()).entries();
    QCOMPARE(log.last().action, QStringLiteral("integrity.decide"));
    QCOMPARE(log.last().subject, speed.id);
    QVERIFY(log.last().afterJson.contains(QLatin1String("exclude")));
    // The case is still found (the evidence stands), with its decision.
    QVERIFY(IntegrityDecisions(m_f->db()).all().contains(speed.id));
}

void TestIntegrityDecisions::lockingWaitsForTheCasesTouchingAPrize()
{
    try {
        ResultsLock(m_f->db()).lock(ResultsService(m_f->db()).computeLive());
        QFAIL("locked with an undecided case touching the first prize");
    } catch (const UserError& e) {
        QVERIFY2(e.message().contains(QLatin1String("integrity case")), qPrintable(e.message()));
    }
    // Cleared: the prize stands and locking goes ahead; the other cases touch no prize.
    IntegrityDecisions(m_f->db()).decide(caseOf(QStringLiteral("speed")), false,
                                         QStringLiteral("đồng hồ máy lệch"),
                                         QStringLiteral("Ông A"));
    const ResultsSnapshot s = ResultsLock(m_f->db()).lock(ResultsService(m_f->db()).computeLive());
    QVERIFY(s.id > 0);
    // And no decision while locked.
    QVERIFY_THROWS_EXCEPTION(
        UserError, IntegrityDecisions(m_f->db()).decide(caseOf(QStringLiteral("identity")), true,
                                                        QStringLiteral("r"), QStringLiteral("J")));
}

void TestIntegrityDecisions::incompleteDecisionsAreRefused()
{
    const IntegrityCase c = caseOf(QStringLiteral("identity"));
    IntegrityDecisions d(m_f->db());
    QVERIFY_THROWS_EXCEPTION(UserError, d.decide(c, true, QString(), QStringLiteral("J")));
    QVERIFY_THROWS_EXCEPTION(UserError,
                             d.decide(c, true, QStringLiteral("r"), QStringLiteral(" ")));
    QVERIFY_THROWS_EXCEPTION(UserError, d.decide(c, true, QStringLiteral("r"), QStringLiteral("J"),
                                                 {QStringLiteral("0905000000")}));
    QVERIFY(d.all().isEmpty());
}

QTEST_GUILESS_MAIN(TestIntegrityDecisions)
#include "TestIntegrityDecisions.moc"
