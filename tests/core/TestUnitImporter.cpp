#include "units/UnitImporter.h"
#include "units/UnitRepository.h"

#include "TestDatabase.h"

class TestUnitImporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void importsAGoodFile();
    void reimportShowsWhatChanges();
    void oneBadRowImportsNothing_data();
    void oneBadRowImportsNothing();
    void reportsEveryBadRowWithLineAndColumn();
    void readsTheDemoUnits();
};

namespace {
const QByteArray kGood = "code,name,kind,headcount,collective_eligible\r\n"
                         "UBND-SONKY,UBND xã Sơn Kỳ,commune,24,1\r\n"
                         "PVHTT,\"Phòng Văn hóa và Thông tin\",agency,6,0\r\n"
                         "DANCU,Nhân dân,other,0,0\r\n";
}

void TestUnitImporter::importsAGoodFile()
{
    TestDatabase t;
    UnitImporter importer(t.db());
    const UnitImportPlan plan = importer.planFromBytes(kGood, QStringLiteral("units.csv"));
    QVERIFY2(plan.ok(), qPrintable(joinProblems(plan.problems)));
    QCOMPARE(plan.rows.size(), 3);
    QCOMPARE(plan.count(ImportChange::Added), 3);
    QCOMPARE(UnitRepository(t.db()).count(), 0); // a plan writes nothing
    importer.apply(plan);
    const auto pvhtt = UnitRepository(t.db()).find(QStringLiteral("PVHTT"));
    QVERIFY(pvhtt);
    QCOMPARE(pvhtt->name, QStringLiteral("Phòng Văn hóa và Thông tin"));
    QCOMPARE(pvhtt->headcount, std::optional<int>(6));
    QVERIFY(!pvhtt->collectiveEligible);
    QVERIFY(!UnitRepository(t.db()).find(QStringLiteral("DANCU"))->headcount); // 0: not known
}

void TestUnitImporter::reimportShowsWhatChanges()
{
    TestDatabase t;
    UnitImporter importer(t.db());
    importer.apply(importer.planFromBytes(kGood, QStringLiteral("units.csv")));
    const QByteArray next = "code;name;kind;headcount;collective_eligible\n"
                            "UBND-SONKY;UBND xã Sơn Kỳ;commune;25;1\n"
                            "PVHTT;Phòng Văn hóa và Thông tin;agency;6;0\n"
                            "UBND-SONBA;UBND xã Sơn Ba;commune;22;1\n";
    const UnitImportPlan plan = importer.planFromBytes(next, QStringLiteral("units2.csv"));
    QVERIFY(plan.ok());
    QCOMPARE(plan.count(ImportChange::Updated), 1);
    QCOMPARE(plan.count(ImportChange::Unchanged), 1);
    QCOMPARE(plan.count(ImportChange::Added), 1);
    importer.apply(plan);
    QCOMPARE(UnitRepository(t.db()).count(), 4); // nothing is deleted by an import
    QCOMPARE(UnitRepository(t.db()).find(QStringLiteral("UBND-SONKY"))->headcount, std::optional<int>(25));
}

void TestUnitImporter::oneBadRowImportsNothing_data()
{
    QTest::addColumn<QByteArray>("row");
    QTest::addColumn<QString>("where");
    QTest::newRow("unknown kind") << QByteArray("X,Đơn vị X,truong,5,1") << "units.csv:3: column 'kind'";
    QTest::newRow("empty name") << QByteArray("X,,agency,5,1") << "units.csv:3: column 'name'";
    QTest::newRow("empty code") << QByteArray(",Đơn vị X,agency,5,1") << "units.csv:3: column 'code'";
    QTest::newRow("duplicate code") << QByteArray("UBND-SONKY,Trùng,agency,5,1") << "units.csv:3: column 'code'";
    QTest::newRow("negative headcount") << QByteArray("X,Đơn vị X,agency,-5,1") << "units.csv:3: column 'headcount'";
    QTest::newRow("empty headcount") << QByteArray("X,Đơn vị X,agency,,1") << "units.csv:3: column 'headcount'";
    QTest::newRow("eligible yes") << QByteArray("X,Đơn vị X,agency,5,yes") << "units.csv:3: column 'collective_eligible'";
    QTest::newRow("too many fields") << QByteArray("X,Đơn vị X, huyện,agency,5,1") << "units.csv:3";
    QTest::newRow("unclosed quote") << QByteArray("X,\"Đơn vị X,agency,5,1") << "units.csv:3";
}

void TestUnitImporter::oneBadRowImportsNothing()
{
    QFETCH(QByteArray, row);
    QFETCH(QString, where);
    TestDatabase t;
    UnitImporter importer(t.db());
    const QByteArray data = "code,name,kind,headcount,collective_eligible\n"
                            "UBND-SONKY,UBND xã Sơn Kỳ,commune,24,1\n" + row + "\nUBND-SONBA,UBND xã Sơn Ba,commune,22,1\n";
    const UnitImportPlan plan = importer.planFromBytes(data, QStringLiteral("units.csv"));
    QVERIFY(!plan.ok());
    QVERIFY2(joinProblems(plan.problems).contains(where), qPrintable(joinProblems(plan.problems)));
    QVERIFY_THROWS_EXCEPTION(UserError, importer.apply(plan));
    QCOMPARE(UnitRepository(t.db()).count(), 0);
}

void TestUnitImporter::reportsEveryBadRowWithLineAndColumn()
{
    TestDatabase t;
    const QByteArray data = "code,name,kind,headcount,collective_eligible\n"
                            "A,a,agency,1,1\nB,,school,1,1\n\nC,c,nope,1,1\n";
    const UnitImportPlan plan = UnitImporter(t.db()).planFromBytes(data, QStringLiteral("u.csv"));
    QCOMPARE(plan.problems.size(), 2);
    QCOMPARE(plan.problems.at(0).location, QStringLiteral("u.csv:3: column 'name'"));
    QCOMPARE(plan.problems.at(1).location, QStringLiteral("u.csv:5: column 'kind'"));
}

void TestUnitImporter::readsTheDemoUnits()
{
    TestDatabase t;
    const UnitImportPlan plan = UnitImporter(t.db()).plan(QStringLiteral(":/data/demo/units.csv"));
    QVERIFY2(plan.ok(), qPrintable(joinProblems(plan.problems)));
    QVERIFY(plan.rows.size() >= 30);
}

QTEST_GUILESS_MAIN(TestUnitImporter)
#include "TestUnitImporter.moc"
