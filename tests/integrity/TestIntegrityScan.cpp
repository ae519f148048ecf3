#include "contest/ContestRepository.h"
#include "integrity/IntegrityScan.h"
#include "judging/ResultsService.h"
#include "submissions/SubmissionImporter.h"

#include "TestBank.h"
#include "TestDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>

// Cases planted in a small contest are found, with their people by name and the prize at
// stake; the honest look-alikes next to them (a name typed without its marks, a couple
// sharing a phone, a quick but human time) are not cases.
class TestIntegrityScan : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void findsThePlantedCasesAndNoOthers();
    void aCaseKeepsItsIdFromRunToRun();

private:
    void submit(const QString& id, const QString& name, int year, const QString& idNumber,
                const QString& phone, int seconds, const QString& a1 = QStringLiteral("B"));
    QList<IntegrityCase> scan();
    std::unique_ptr<TestDatabase> m_t;
    int m_minute = 0;
};

void TestIntegrityScan::init()
{
    m_t = std::make_unique<TestDatabase>();
    ContestSettings s = ContestSettings::defaults();
    s.questionsPerAttempt = 2; // the speed floor: 2 s a question, 4 s
    s.blueprint = {{QStringLiteral("TTHC"), 2}};
    s.certificateMinCorrect = 1;
    s.individualPrizes = {{QStringLiteral("first"), QStringLiteral("Giải Nhất"), 1, 1500000}};
    ContestRepository(m_t->db()).save(s);
    addTestQuestions(m_t->db(), 2);
    m_minute = 0;
    // One ID number, two people: a case. The same person typed without marks: not.
    submit("i1", "Nguyễn Văn An", 1990, "051190001234", "", 60);
    submit("i2", "Nguyen Van An", 1990, "051190001234", "", 65);
    submit("i3", "Trần Thị Bình", 1985, "051190001234", "", 70, "A");
    // One phone, three ID numbers: a case. A couple sharing a phone: not.
    submit("p1", "Lê Văn Cường", 1970, "051170000001", "0905123456", 80, "A");
    submit("p2", "Lê Thị Dung", 1972, "051172000002", "0905123456", 81, "A");
    submit("p3", "Lê Văn Em", 1995, "051195000003", "0905123456", 82, "A");
    submit("h1", "Phạm Văn Phúc", 1960, "051160000004", "0905999888", 90, "A");
    submit("h2", "Phạm Thị Giang", 1962, "051162000005", "0905999888", 91, "A");
    // 3 s for two questions: a case, and the prize winner's. 6 s: quick, human.
    submit("s1", "Hoàng Minh Hải", 2000, "051200000006", "", 3);
    submit("s2", "Đỗ Thu Hà", 2001, "051201000007", "", 6, "A");
}

void TestIntegrityScan::cleanup()
{
    m_t.reset();
}

void TestIntegrityScan::submit(const QString& id, const QString& name, int year,
                               const QString& idNumber, const QString& phone, int seconds,
                               const QString& a1)
{
    const QDateTime submitted =
        QDateTime(QDate(2024, 6, 5), QTime(9, 0), Qt::UTC).addSecs(60 * ++m_minute);
    QJsonObject contestant{{"name", name}, {"birth_year", year}, {"unit", "UBND-SONKY"}};
    if (!idNumber.isEmpty())
        contestant.insert("id_number", idNumber);
    if (!phone.isEmpty())
        contestant.insert("phone", phone);
    const QJsonObject o{
        {"id", id},
        {"contestant", contestant},
        {"started_at", submitted.addSecs(-seconds).toString(Qt::ISODate)},
        {"submitted_at", submitted.toString(Qt::ISODate)},
        {"answers", QJsonArray{QJsonObject{{"q", "Q0001"}, {"a", a1}},
                               QJsonObject{{"q", "Q0002"}, {"a", "B"}}}},
        {"prediction", 100},
    };
    SubmissionImporter(m_t->db()).importBytes(QJsonDocument(o).toJson(QJsonDocument::Compact),
                                              QStringLiteral("x.jsonl"));
}

QList<IntegrityCase> TestIntegrityScan::scan()
{
    return IntegrityScan::scan(m_t->db(), ResultsService(m_t->db()).computeLive());
}

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
    submit("n1", "Vũ Văn Khoa", 1980, "051180000008", "", 120, "A");
    QStringList second;
    for (const IntegrityCase& c : scan())
        second << c.id;
    QCOMPARE(second, first);
    QVERIFY(first.at(0).startsWith(QLatin1String("c-")));
    QCOMPARE(QSet<QString>(first.cbegin(), first.cend()).size(), first.size());
}

QTEST_GUILESS_MAIN(TestIntegrityScan)
#include "TestIntegrityScan.moc"
