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
    void manyPeopleFromOneDeviceInMinutesIsABurst();
    void theContestsThresholdsDecide();

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

void TestIntegrityScan::manyPeopleFromOneDeviceInMinutesIsABurst()
{
    // Four people from one device within four minutes: a case.
    m_f->submit("b1", "Vũ Văn Một", 1990, "051190000101", "", 200, "A", "dev-1");
    m_f->submit("b2", "Vũ Văn Hai", 1991, "051191000102", "", 200, "A", "dev-1");
    m_f->submit("b3", "Vũ Văn Ba", 1992, "051192000103", "", 200, "A", "dev-1");
    m_f->submit("b4", "Vũ Văn Bốn", 1993, "051193000104", "", 200, "A", "dev-1");
    // A family of three taking turns on one phone: not a case.
    m_f->submit("f1", "Đinh Văn Cha", 1970, "051170000201", "", 300, "A", "dev-2");
    m_f->submit("f2", "Đinh Thị Mẹ", 1972, "051172000202", "", 300, "A", "dev-2");
    m_f->submit("f3", "Đinh Văn Con", 2000, "051200000203", "", 300, "A", "dev-2");
    // Four people from an office's shared computer over the morning: not a case.
    for (int i = 0; i < 4; ++i) {
        m_f->wait(30);
        m_f->submit(QStringLiteral("o%1").arg(i), QStringLiteral("Người %1").arg(i), 1980 + i,
                    QStringLiteral("05118000030%1").arg(i), QString(), 300, QStringLiteral("A"),
                    QStringLiteral("dev-3"));
    }
    QList<IntegrityCase> bursts;
    for (const IntegrityCase& c : scan()) {
        if (c.kind == QLatin1String("burst"))
            bursts << c;
    }
    QCOMPARE(bursts.size(), 1);
    QCOMPARE(bursts.at(0).submissions, QStringList({"b1", "b2", "b3", "b4"}));
    QCOMPARE(bursts.at(0).contestants.size(), 4);
    QVERIFY2(bursts.at(0).evidence.contains(QStringLiteral("Vũ Văn Bốn (1993)")),
             qPrintable(bursts.at(0).evidence));
}

void TestIntegrityScan::theContestsThresholdsDecide()
{
    m_f->submit("f1", "Đinh Văn Cha", 1970, "051170000201", "", 300, "A", "dev-2");
    m_f->submit("f2", "Đinh Thị Mẹ", 1972, "051172000202", "", 300, "A", "dev-2");
    m_f->submit("f3", "Đinh Văn Con", 2000, "051200000203", "", 300, "A", "dev-2");
    const auto kinds = [](const QList<IntegrityCase>& cases) {
        QStringList found;
        for (const IntegrityCase& c : cases)
            found << c.kind + QLatin1Char(':') + c.submissions.join(QLatin1Char(','));
        return found;
    };
    Results results = ResultsService(m_f->db()).computeLive();
    QVERIFY(!kinds(IntegrityScan::scan(m_f->db(), results)).contains("burst:f1,f2,f3"));

    // A committee that counts three people from one device as a burst sees the family.
    results.settings.integrity.burstIdentities = 3;
    QVERIFY(kinds(IntegrityScan::scan(m_f->db(), results)).contains("burst:f1,f2,f3"));

    // No speed case when the committee sets no minimum time.
    results.settings.integrity.minSecondsPerQuestion = 0;
    for (const QString& k : kinds(IntegrityScan::scan(m_f->db(), results)))
        QVERIFY2(!k.startsWith(QLatin1String("speed:")), qPrintable(k));
}

QTEST_GUILESS_MAIN(TestIntegrityScan)
#include "TestIntegrityScan.moc"
