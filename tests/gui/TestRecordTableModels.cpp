#include "ExclusionTableModel.h"
#include "UnitFilterProxyModel.h"
#include "UnitTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

namespace {
QList<Unit> sampleUnits()
{
    Unit commune{QStringLiteral("UBND-SONKY"), QStringLiteral("UBND xã Sơn Kỳ"),
                 QStringLiteral("commune"), 24, true};
    Unit office{QStringLiteral("PVHTT"), QStringLiteral("Phòng Văn hóa và Thông tin"),
                QStringLiteral("agency"), 6, false};
    Unit school{QStringLiteral("THCS-SONHA"), QStringLiteral("Trường THCS Sơn Hà"),
                QStringLiteral("school"), std::nullopt, true};
    return {commune, office, school};
}
} // namespace

class TestRecordTableModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void unitModelPassesTester()
    {
        UnitTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.setUnits(sampleUnits());
        QCOMPARE(resets.count(), 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(UnitTableModel::ColumnCount));
        model.setUnits({});
        QCOMPARE(model.rowCount(), 0);
    }

    void unitModelShowsValuesForPeople()
    {
        UnitTableModel model;
        model.setUnits(sampleUnits());
        QCOMPARE(model.index(0, UnitTableModel::KindColumn).data().toString(),
                 Unit::kindLabel(QStringLiteral("commune")));
        QCOMPARE(model.index(0, UnitTableModel::HeadcountColumn).data().toInt(), 24);
        // Unknown headcount: blank, not 0.
        QVERIFY(!model.index(2, UnitTableModel::HeadcountColumn).data().isValid());
        QVERIFY(model.index(1, UnitTableModel::CollectiveColumn).data().toString() !=
                model.index(0, UnitTableModel::CollectiveColumn).data().toString());
    }

    void unitProxyFiltersAndSorts()
    {
        UnitTableModel model;
        model.setUnits(sampleUnits());
        UnitFilterProxyModel proxy;
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);

        proxy.setFilterFixedString(QStringLiteral("sơn")); // case-insensitive: "Sơn Kỳ", "Sơn Hà"
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setKind(QStringLiteral("school"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("THCS-SONHA"));
        proxy.setFilterFixedString(QString());
        proxy.setKind(QString());
        QCOMPARE(proxy.rowCount(), 3);

        proxy.sort(UnitTableModel::HeadcountColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("UBND-SONKY"));
        QCOMPARE(proxy.index(2, 0).data().toString(), QStringLiteral("THCS-SONHA"));
    }

    void exclusionModelPassesTester()
    {
        ExclusionTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setExclusions(
            {{QStringLiteral("unit"), QStringLiteral("PVHTT"), QStringLiteral("organiser")},
             {QStringLiteral("phone"), QStringLiteral("0905214886"), QStringLiteral("staff")}});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, ExclusionTableModel::TypeColumn).data().toString(),
                 Exclusion::typeLabel(QStringLiteral("unit")));
        QCOMPARE(model.index(1, ExclusionTableModel::ValueColumn).data().toString(),
                 QStringLiteral("0905214886"));
        model.setExclusions({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRecordTableModels)
#include "TestRecordTableModels.moc"
