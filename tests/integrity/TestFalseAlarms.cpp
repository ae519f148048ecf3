#include "demo/HonestPopulation.h"
#include "integrity/IntegrityScan.h"
#include "judging/ResultsService.h"

#include "TestDatabase.h"

#include <QtTest>

// False alarms matter as much as misses: 5,000 generated honest contestants (families of
// two sharing a phone and a device, offices' shared computers, people behind one NAT on
// their own browsers, human speeds) raise (almost) no case. bench_integrity_false_alarms
// measures the same at 100,000.
class TestFalseAlarms : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void honestPeopleStayOutOfTheCases();
};

void TestFalseAlarms::honestPeopleStayOutOfTheCases()
{
    TestDatabase t;
    HonestPopulation::populate(t.db(), 5000);
    const Results results = ResultsService(t.db()).computeLive();
    // Fewer than 5,000 keys: 1 % invalid, and two family members with no ID number
    // sharing a phone are one contestant to the rules.
    QVERIFY(results.contestants >= 4800);
    QHash<QString, int> byKind;
    QStringList evidence;
    for (const IntegrityCase& c : IntegrityScan::scan(t.db(), results)) {
        byKind[c.kind] += 1;
        evidence << c.kind + QStringLiteral(": ") + c.evidence;
    }
    qInfo("%d honest contestants: identity %d, speed %d, burst %d, copying %d", results.contestants,
          byKind.value(QStringLiteral("identity")), byKind.value(QStringLiteral("speed")),
          byKind.value(QStringLiteral("burst")), byKind.value(QStringLiteral("copying")));
    // Families share a phone by two (under the threshold of 3), nobody is faster than a
    // person can read, nobody copies: none of these kinds may raise a case.
    for (const char* kind : {"identity", "speed", "copying"})
        QVERIFY2(byKind.value(QLatin1String(kind)) == 0,
                 qPrintable(evidence.join(QLatin1Char('\n'))));
    // An office's shared computer may, once in a while, see four colleagues within ten
    // minutes: at most one in a thousand people.
    QVERIFY2(byKind.value(QStringLiteral("burst")) <= 5,
             qPrintable(evidence.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestFalseAlarms)
#include "TestFalseAlarms.moc"
