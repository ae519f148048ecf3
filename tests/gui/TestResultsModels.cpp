#include "CollectiveRankingModel.h"
#include "IndividualFilterProxyModel.h"
#include "IndividualRankingModel.h"
#include "TestDatabase.h"
#include "demo/DemoContest.h"
#include "judging/ResultsLock.h"
#include "judging/ResultsService.h"
#include "results/ResultsJson.h"
#include "results/SnapshotResults.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QtTest>

class TestResultsModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();

    void individualModelPassesTester();
    void collectiveModelPassesTester();
    void showsDatesInTheContestTimeZone();
    void snapshotShowsWhatWasComputed();

private:
    std::unique_ptr<TestDatabase> m_testDb;
    std::shared_ptr<const Results> m_results;
};

void TestResultsModels::initTestCase()
{
    m_testDb = std::make_unique<TestDatabase>();
    DemoContest::populate(m_testDb->db(), 300);
    m_results = std::make_shared<const Results>(ResultsService(m_testDb->db()).computeLive());
    QVERIFY(m_results->individual.size() >= 300);
}

void TestResultsModels::individualModelPassesTester()
{
    IndividualRankingModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    IndividualFilterProxyModel proxy;
    proxy.setRankingModel(&model);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setResults(m_results);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), m_results->individual.size());
    QCOMPARE(model.columnCount(), int(IndividualRankingModel::ColumnCount));
    QCOMPARE(model.index(0, IndividualRankingModel::RankColumn).data().toInt(), 1);
    const QString duration =
        model.index(0, IndividualRankingModel::DurationColumn).data().toString();
    QVERIFY2(
        QRegularExpression(QStringLiteral("^\\d{2,}:\\d{2}\\.\\d{3}$")).match(duration).hasMatch(),
        qPrintable(duration));
    QCOMPARE(model.index(0, IndividualRankingModel::PrizeColumn).data().toString(),
             QStringLiteral("Giải Nhất"));

    // Ineligible rows are greyed and say why.
    int ineligible = -1;
    for (int i = 0; i < m_results->individual.size() && ineligible < 0; ++i)
        ineligible = m_results->individual.at(i).eligible ? -1 : i;
    QVERIFY2(ineligible >= 0, "the demo has excluded people");
    const QModelIndex eligible = model.index(ineligible, IndividualRankingModel::EligibleColumn);
    QVERIFY(eligible.data().toString().contains(m_results->individual.at(ineligible).reason));
    QVERIFY(eligible.data(Qt::ForegroundRole).isValid());

    proxy.setShow(IndividualFilterProxyModel::Show::Ineligible);
    QVERIFY(proxy.rowCount() > 0);
    proxy.setShow(IndividualFilterProxyModel::Show::UnresolvedTies);
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setShow(IndividualFilterProxyModel::Show::All);
    proxy.setText(QStringLiteral("no such person at all"));
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setText(QString());
    QCOMPARE(proxy.rowCount(), model.rowCount());

    model.setResults(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void TestResultsModels::collectiveModelPassesTester()
{
    CollectiveRankingModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setResults(m_results);
    QCOMPARE(model.rowCount(), m_results->collective.size());
    QVERIFY(model.rowCount() > 0);
    int prizes = 0;
    for (int i = 0; i < model.rowCount(); ++i) {
        if (!model.index(i, CollectiveRankingModel::PrizeColumn).data().toString().isEmpty())
            ++prizes;
    }
    QCOMPARE(prizes, m_results->settings.collectivePrizeCount);
    model.setResults(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void TestResultsModels::showsDatesInTheContestTimeZone()
{
    // 2024-06-03T01:21:47Z is 08:21:47 in Vietnam (+07:00), whatever the machine's zone.
    const qint64 utc = QDateTime(QDate(2024, 6, 3), QTime(1, 21, 47), Qt::UTC).toMSecsSinceEpoch();
    QCOMPARE(IndividualRankingModel::formatLocal(utc, 7 * 60),
             QStringLiteral("03/06/2024 08:21:47"));
    QCOMPARE(IndividualRankingModel::formatLocal(utc, -3 * 60),
             QStringLiteral("02/06/2024 22:21:47"));
}

void TestResultsModels::snapshotShowsWhatWasComputed()
{
    // What a lock stores, read back, must show every row as the live results did.
    const QJsonObject json = QJsonDocument::fromJson(ResultsLock::canonical(*m_results)).object();
    auto snapshot = std::make_shared<const Results>(
        SnapshotResults::fromJson(json, m_results->settings, m_results->units));
    QCOMPARE(ResultsLock::canonical(*snapshot), ResultsLock::canonical(*m_results));

    IndividualRankingModel live, locked;
    live.setResults(m_results);
    locked.setResults(snapshot);
    QCOMPARE(locked.rowCount(), live.rowCount());
    for (int row = 0; row < live.rowCount(); ++row) {
        for (int c = 0; c < IndividualRankingModel::ColumnCount; ++c) {
            if (c == IndividualRankingModel::BirthYearColumn)
                continue; // not in the snapshot
            QCOMPARE(locked.index(row, c).data(), live.index(row, c).data());
        }
    }
    CollectiveRankingModel liveUnits, lockedUnits;
    liveUnits.setResults(m_results);
    lockedUnits.setResults(snapshot);
    QCOMPARE(lockedUnits.rowCount(), liveUnits.rowCount());
    for (int row = 0; row < liveUnits.rowCount(); ++row) {
        for (int c = 0; c < CollectiveRankingModel::ColumnCount; ++c)
            QCOMPARE(lockedUnits.index(row, c).data(), liveUnits.index(row, c).data());
    }
}

QTEST_MAIN(TestResultsModels)
#include "TestResultsModels.moc"
