#include "IntegrityFixture.h"
#include "integrity/IntegrityScan.h"
#include "judging/ResultsService.h"

// Cases planted in a small contest are found, with their people by name and the prize at
// stake; the honest look-alikes next to them (a name typed without its marks, a couple
// sharing a phone, a quick but human time) are not cases.
class TestIntegrityScan : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { m_f = std::make_unique<IntegrityFixture>(); }
    void cleanup() { m_f.reset(); }
    void findsThePlantedCasesAndNoOthers();
    void aCaseKeepsItsIdFromRunToRun();

private:
    QList<IntegrityCase> scan()
    {
        return IntegrityScan::scan(m_f->db(), ResultsService(m_f->db()).computeLive());
    }
    std::unique_ptr<IntegrityFixture> m_f;
};

void TestIntegrityScan::findsThePlantedCasesAndNoOthers()
{
    const QList<IntegrityCase> cases = scan();
    QStringList found;
    for (const IntegrityCase& c : cases)
        found << c.kind + QLatin1Char(':') + c.submissions.join(QLatin1Char(','));
    // The prize winner's case first.
    QCOMPARE(found, QStringList({"speed:s1", "identity:i1,i2,i3", "identity:p1,p2,p3"}));

    const IntegrityCase& speed = cases.at(0);
    QCOMPARE(speed.contestants, QStringList{QStringLiteral("051200000006")});
    QCOMPARE(speed.prizeAtStake, QStringLiteral("first"));
    QCOMPARE(speed.names, QStringList{QStringLiteral("Hoàng Minh Hải (2000, UBND-SONKY)")});
    QVERIFY2(speed.evidence.contains(QLatin1String("3.0 s")), qPrintable(speed.evidence));

    const IntegrityCase& sameId = cases.at(1);
    QCOMPARE(sameId.contestants, QStringList{QStringLiteral("051190001234")});
    QVERIFY(sameId.prizeAtStake.isEmpty());
    QVERIFY2(sameId.evidence.contains(QStringLiteral("Trần Thị Bình (1985)")),
             qPrintable(sameId.evidence));

    const IntegrityCase& phone = cases.at(2);
    QCOMPARE(phone.contestants.size(), 3);
    QVERIFY2(phone.evidence.contains(QLatin1String("0905123456")), qPrintable(phone.evidence));
    QCOMPARE(phone.names.size(), 3);
}

void TestIntegrityScan::aCaseKeepsItsIdFromRunToRun()
{
    QStringList first;
    for (const IntegrityCase& c : scan())
        first << c.id;
    // New, unrelated submissions change neither the cases nor their ids.
    m_f->submit("n1", "Vũ Văn Khoa", 1980, "051180000008", "", 120, "A");
    QStringList second;
    for (const IntegrityCase& c : scan())
        second << c.id;
    QCOMPARE(second, first);
    QVERIFY(first.at(0).startsWith(QLatin1String("c-")));
    QCOMPARE(QSet<QString>(first.cbegin(), first.cend()).size(), first.size());
}

QTEST_GUILESS_MAIN(TestIntegrityScan)
#include "TestIntegrityScan.moc"
