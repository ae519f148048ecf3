#include "units/ExclusionImporter.h"
#include "units/ExclusionRepository.h"
#include "units/UnitImporter.h"

#include "TestDatabase.h"

class TestExclusionImporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void normalisesIdNumbersAndPhones();
    void oneBadRowImportsNothing_data();
    void oneBadRowImportsNothing();
    void reimportUpdatesTheReason();

private:
    std::unique_ptr<TestDatabase> m_t;
};

void TestExclusionImporter::init()
{
    m_t = std::make_unique<TestDatabase>();
    UnitImporter units(m_t->db());
    units.apply(units.planFromBytes("code,name,kind,headcount,collective_eligible\nPVHTT,Phòng VH-TT,agency,6,0\n",
                                    QStringLiteral("u.csv")));
}

void TestExclusionImporter::cleanup()
{
    m_t.reset();
}

void TestExclusionImporter::normalisesIdNumbersAndPhones()
{
    ExclusionImporter importer(m_t->db());
    const QByteArray data = "type,value,reason\n"
                            "id_number,051 190 001 234,Ban Giám khảo\n"
                            "phone,+84 905 123 456,Kỹ thuật\n"
                            "unit,PVHTT,Cơ quan thường trực\n";
    const ExclusionImportPlan plan = importer.planFromBytes(data, QStringLiteral("ex.csv"));
    QVERIFY2(plan.ok(), qPrintable(joinProblems(plan.problems)));
    importer.apply(plan);
    const QList<Exclusion> list = ExclusionRepository(m_t->db()).list();
    QCOMPARE(list.size(), 3);
    QCOMPARE(list.at(0).value, QStringLiteral("051190001234"));
    QCOMPARE(list.at(1).value, QStringLiteral("0905123456"));
    QCOMPARE(list.at(2).value, QStringLiteral("PVHTT"));
}

void TestExclusionImporter::oneBadRowImportsNothing_data()
{
    QTest::addColumn<QByteArray>("row");
    QTest::addColumn<QString>("where");
    QTest::newRow("unknown type") << QByteArray("email,a@b.vn,x") << "ex.csv:3: column 'type'";
    QTest::newRow("bad id") << QByteArray("id_number,12345,x") << "ex.csv:3: column 'value'";
    QTest::newRow("bad phone") << QByteArray("phone,12345,x") << "ex.csv:3: column 'value'";
    QTest::newRow("unknown unit") << QByteArray("unit,NOPE,x") << "ex.csv:3: column 'value'";
    QTest::newRow("empty value") << QByteArray("phone,,x") << "ex.csv:3: column 'value'";
    QTest::newRow("empty reason") << QByteArray("phone,0905123456,") << "ex.csv:3: column 'reason'";
    QTest::newRow("same person twice") << QByteArray("phone,84 935 000 111,again") << "ex.csv:3: column 'value'";
}

void TestExclusionImporter::oneBadRowImportsNothing()
{
    QFETCH(QByteArray, row);
    QFETCH(QString, where);
    ExclusionImporter importer(m_t->db());
    const QByteArray data = "type,value,reason\nphone,0935000111,Kỹ thuật\n" + row + "\nunit,PVHTT,BTC\n";
    const ExclusionImportPlan plan = importer.planFromBytes(data, QStringLiteral("ex.csv"));
    QVERIFY(!plan.ok());
    QVERIFY2(joinProblems(plan.problems).contains(where), qPrintable(joinProblems(plan.problems)));
    QVERIFY_THROWS_EXCEPTION(UserError, importer.apply(plan));
    QCOMPARE(ExclusionRepository(m_t->db()).count(), 0);
}

void TestExclusionImporter::reimportUpdatesTheReason()
{
    ExclusionImporter importer(m_t->db());
    importer.apply(importer.planFromBytes("type,value,reason\nunit,PVHTT,old\n", QStringLiteral("a.csv")));
    const ExclusionImportPlan plan = importer.planFromBytes("type,value,reason\nunit,PVHTT,new\n", QStringLiteral("b.csv"));
    QCOMPARE(plan.count(ImportChange::Updated), 1);
    importer.apply(plan);
    QCOMPARE(ExclusionRepository(m_t->db()).list().at(0).reason, QStringLiteral("new"));
    QCOMPARE(ExclusionRepository(m_t->db()).count(), 1);
}

QTEST_GUILESS_MAIN(TestExclusionImporter)
#include "TestExclusionImporter.moc"
