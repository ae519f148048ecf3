#include "ChartPanel.h"
#include "FileDialog.h"
#include "KeyCorrectionDialog.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "ProgressReportDialog.h"
#include "ServerArea.h"
#include "StatisticsArea.h"
#include "TestDatabase.h"
#include "demo/DemoContest.h"
#include "questions/QuestionRepository.h"
#include "storage/ContestDatabase.h"
#include "submissions/SubmissionImporter.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QtTest>

class TestStatisticsArea : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void everyChartHasData();
    void chartSavesAsPngAndPdf();
    void unitChartShowsOfficesWithTheirRate();
    void unitTableListsEveryUnit();
    void kindFilterNarrowsTheTable();
    void unitReportExports();
    void questionTableIsFilled();
    void aKeyIsCorrectedFromTheQuestionTable();
    void everyChartUpdatesAfterASync();
    void progressReportSavesPdf();

private:
    StatisticsArea* area() const;
    MainWindow* m_window = nullptr;
    std::unique_ptr<TestDatabase> m_testDb;
};

void TestStatisticsArea::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ContestAdminTests"));
    QCoreApplication::setApplicationName(QStringLiteral("TestStatisticsArea"));
    QSettings().clear();
}

void TestStatisticsArea::init()
{
    m_testDb = std::make_unique<TestDatabase>();
    DemoContest::populate(m_testDb->db(), 300);
    m_window = new MainWindow(ContestDatabase::openAndMigrate(m_testDb->path()));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_window->showArea(MainWindow::Area::Statistics);
    QVERIFY(area());
    // Shown for the first time: the figures are computed then, not at start-up.
    QVERIFY(area()->isLoaded());
    MessageBox::clearLastText();
}

void TestStatisticsArea::cleanup()
{
    delete m_window;
    m_testDb.reset();
    FileDialog::clearNextFileName();
}

StatisticsArea* TestStatisticsArea::area() const
{
    auto* stack = m_window->findChild<QStackedWidget*>(QStringLiteral("pagesStackedWidget"));
    return stack ? qobject_cast<StatisticsArea*>(stack->currentWidget()) : nullptr;
}

void TestStatisticsArea::everyChartHasData()
{
    auto refresh = area()->findChild<QPushButton*>(QStringLiteral("refreshButton"));
    QVERIFY(refresh);
    QTest::mouseClick(refresh, Qt::LeftButton);
    QCOMPARE(area()->charts().size(), 7);
    for (ChartPanel* panel : area()->charts()) {
        QChart* chart = panel->view()->chart();
        QVERIFY(chart);
        QVERIFY2(!chart->series().isEmpty(), qPrintable(panel->view()->objectName()));
        qreal total = 0;
        for (QAbstractSeries* series : chart->series()) {
            if (auto* bars = qobject_cast<QAbstractBarSeries*>(series)) {
                for (QBarSet* set : bars->barSets())
                    total += set->sum();
            } else if (auto* line = qobject_cast<QLineSeries*>(series)) {
                total += line->count();
            }
        }
        QVERIFY2(total > 0, qPrintable(panel->view()->objectName()));
        QVERIFY(!chart->title().isEmpty());
    }
    auto day = area()->findChild<QChartView*>(QStringLiteral("dayChartView"));
    QVERIFY(day);
    QCOMPARE(day->chart()->series().size(), 2); // the bars and the cumulative line
}

void TestStatisticsArea::chartSavesAsPngAndPdf()
{
    for (const QString& ext : {QStringLiteral("png"), QStringLiteral("pdf")}) {
        const QString path = m_testDb->dir() + QStringLiteral("/chart.") + ext;
        FileDialog::setNextFileName(path);
        auto* save = area()->findChild<QPushButton*>(QStringLiteral("unitSaveButton"));
        QVERIFY(save);
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY2(QFileInfo(path).size() > 0, qPrintable(ext));
    }
    QVERIFY(MessageBox::lastText().isEmpty());
}

// The demo's public (no headcount, most of the contestants) is counted in the title, not
// drawn as a bar that would dwarf every office; each office's bar names its rate.
void TestStatisticsArea::unitChartShowsOfficesWithTheirRate()
{
    auto* view = area()->findChild<QChartView*>(QStringLiteral("unitChartView"));
    QVERIFY(view);
    QChart* chart = view->chart();
    QVERIFY2(chart->title().contains(QLatin1String("participation rate")),
             qPrintable(chart->title()));
    const auto axes = chart->axes(Qt::Vertical);
    QVERIFY(!axes.isEmpty());
    auto* categories = qobject_cast<QBarCategoryAxis*>(axes.first());
    QVERIFY(categories);
    QVERIFY(!categories->categories().isEmpty());
    for (const QString& label : categories->categories()) {
        QVERIFY2(label.endsWith(QLatin1String("%)")), qPrintable(label));
        QVERIFY2(!label.startsWith(QLatin1String("Nhân dân")), qPrintable(label));
    }
}

void TestStatisticsArea::unitTableListsEveryUnit()
{
    auto* table = area()->findChild<QTableWidget*>(QStringLiteral("unitReportTableWidget"));
    QVERIFY(table);
    // Every listed unit (nobody yet = 0%, a figure for the reform index) and any unit that
    // only contestants name.
    QSqlQuery q = m_window->database()->exec(QStringLiteral(
        "SELECT COUNT(*) FROM (SELECT code FROM units UNION "
        "SELECT unit FROM submissions WHERE valid = 1 AND contestant_key <> '') AS listed"));
    QVERIFY(q.next());
    QVERIFY(q.value(0).toInt() > 0);
    QCOMPARE(table->rowCount(), q.value(0).toInt());
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("1"));
}

void TestStatisticsArea::kindFilterNarrowsTheTable()
{
    auto* table = area()->findChild<QTableWidget*>(QStringLiteral("unitReportTableWidget"));
    auto* kind = area()->findChild<QComboBox*>(QStringLiteral("kindComboBox"));
    QVERIFY(table && kind);
    const int all = table->rowCount();
    QSqlQuery q = m_window->database()->exec(QStringLiteral("SELECT kind FROM units LIMIT 1"));
    QVERIFY(q.next());
    kind->setCurrentIndex(kind->findData(q.value(0).toString()));
    QVERIFY(table->rowCount() > 0);
    QVERIFY(table->rowCount() < all);
    kind->setCurrentIndex(0);
    QCOMPARE(table->rowCount(), all);
}

void TestStatisticsArea::unitReportExports()
{
    auto* exportButton = area()->findChild<QPushButton*>(QStringLiteral("exportReportButton"));
    QVERIFY(exportButton);
    for (const QString& ext :
         {QStringLiteral("csv"), QStringLiteral("xlsx"), QStringLiteral("pdf")}) {
        const QString path = m_testDb->dir() + QStringLiteral("/units.") + ext;
        FileDialog::setNextFileName(path);
        QTest::mouseClick(exportButton, Qt::LeftButton);
        QVERIFY2(QFileInfo(path).size() > 0, qPrintable(ext));
    }
    QVERIFY(MessageBox::lastText().isEmpty());
}

void TestStatisticsArea::questionTableIsFilled()
{
    auto* table = area()->findChild<QTableWidget*>(QStringLiteral("questionStatsTableWidget"));
    QVERIFY(table);
    // Counted when the tab is first shown, not with the dashboard.
    QCOMPARE(table->rowCount(), 0);
    auto* tabs = area()->findChild<QTabWidget*>(QStringLiteral("statisticsTabWidget"));
    QVERIFY(tabs);
    tabs->setCurrentIndex(2);
    QVERIFY(table->rowCount() > 30);
}

// The committee selects a question, sees what another key would change (the dry run:
// nothing changes yet), confirms, and the key, the grades and the table follow.
void TestStatisticsArea::aKeyIsCorrectedFromTheQuestionTable()
{
    auto* tabs = area()->findChild<QTabWidget*>(QStringLiteral("statisticsTabWidget"));
    tabs->setCurrentIndex(2);
    auto* table = area()->findChild<QTableWidget*>(QStringLiteral("questionStatsTableWidget"));
    auto* correct = area()->findChild<QPushButton*>(QStringLiteral("correctKeyButton"));
    QVERIFY(table && correct);
    QVERIFY(!correct->isEnabled()); // nothing selected
    table->selectRow(0);
    QVERIFY(correct->isEnabled());
    const QString id = table->item(0, 0)->text();
    Database& db = *m_window->database();
    const QString before = QuestionRepository(db).find(id)->correctKey;

    bool previewed = false;
    QTimer::singleShot(0, this, [&] {
        auto* dialog = qobject_cast<KeyCorrectionDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        auto* summary = dialog->findChild<QLabel*>(QStringLiteral("correctionSummaryLabel"));
        auto* changes = dialog->findChild<QTableWidget*>(QStringLiteral("correctionChangesTable"));
        QVERIFY(summary->text().contains(QLatin1String("Nothing has changed yet")));
        QVERIFY(changes->rowCount() > 0); // the demo's top ranks move with any key
        QCOMPARE(QuestionRepository(db).find(id)->correctKey, before);
        previewed = true;
        // CONTEST_SCREENSHOT_DIR=... keeps pictures of the table and the dry run.
        if (qEnvironmentVariableIsSet("CONTEST_SCREENSHOT_DIR")) {
            const QString dir = qEnvironmentVariable("CONTEST_SCREENSHOT_DIR");
            area()->grab().save(dir + QStringLiteral("/question-statistics.png"));
            dialog->grab().save(dir + QStringLiteral("/key-correction.png"));
        }
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("applyCorrectionButton")),
                          Qt::LeftButton);
    });
    QTest::mouseClick(correct, Qt::LeftButton);
    QVERIFY(previewed);
    const QString after = QuestionRepository(db).find(id)->correctKey;
    QVERIFY(after != before);
    QVERIFY(MessageBox::lastText().contains(after));
    QVERIFY(table->rowCount() > 30);
}

namespace {

qreal chartTotal(QChart* chart)
{
    qreal total = 0;
    for (QAbstractSeries* series : chart->series()) {
        if (auto* bars = qobject_cast<QAbstractBarSeries*>(series)) {
            for (QBarSet* set : bars->barSets())
                total += set->sum();
        } else if (auto* line = qobject_cast<QLineSeries*>(series)) {
            for (const QPointF& p : line->points())
                total += p.y();
        }
    }
    return total;
}

} // namespace

// New submissions stored by a sync: the Online server area says so, and every chart of
// the Statistics area (on screen) is counted again without Refresh.
void TestStatisticsArea::everyChartUpdatesAfterASync()
{
    QList<qreal> before;
    for (ChartPanel* panel : area()->charts())
        before << chartTotal(panel->view()->chart());
    const QString summaryBefore =
        area()->findChild<QLabel*>(QStringLiteral("statisticsSummaryLabel"))->text();

    // Copies of stored submissions under new ids and new people, one of them invalid.
    QList<QJsonObject> items;
    QSqlQuery q = m_window->database()->exec(
        QStringLiteral("SELECT raw_json FROM submissions WHERE valid = 1 LIMIT 40"));
    int i = 0;
    while (q.next()) {
        QJsonObject o = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
        o[QStringLiteral("id")] = QStringLiteral("SYNC-%1").arg(i);
        QJsonObject c = o.value(QStringLiteral("contestant")).toObject();
        c[QStringLiteral("id_number")] = QStringLiteral("0019%1").arg(i, 8, 10, QLatin1Char('0'));
        o[QStringLiteral("contestant")] = c;
        if (i == 0)
            o.remove(QStringLiteral("prediction"));
        items << o;
        ++i;
    }
    SubmissionImporter(*m_window->database()).importItems(items, QStringLiteral("sync"));

    auto* stack = m_window->findChild<QStackedWidget*>(QStringLiteral("pagesStackedWidget"));
    auto* server = qobject_cast<ServerArea*>(stack->widget(int(MainWindow::Area::OnlineServer)));
    QVERIFY(server);
    Q_EMIT server->submissionsStored();

    QVERIFY(area()->findChild<QLabel*>(QStringLiteral("statisticsSummaryLabel"))->text() !=
            summaryBefore);
    for (int c = 0; c < area()->charts().size(); ++c) {
        QChart* chart = area()->charts().at(c)->view()->chart();
        QVERIFY2(chartTotal(chart) > before.at(c), qPrintable(chart->title()));
    }
}

// Statistics → Progress report…: the dialog picks a day of the window and saves the PDF.
void TestStatisticsArea::progressReportSavesPdf()
{
    const QString path = m_testDb->dir() + QStringLiteral("/progress.pdf");
    bool seen = false;
    QTimer::singleShot(0, this, [&] {
        auto* dialog = qobject_cast<ProgressReportDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        seen = true;
        auto* date = dialog->findChild<QDateEdit*>(QStringLiteral("reportDateEdit"));
        QVERIFY(date);
        QCOMPARE(date->minimumDate(), QDate(2024, 6, 1));
        QCOMPARE(date->maximumDate(), QDate(2024, 6, 20));
        date->setDate(QDate(2024, 6, 10));
        QVERIFY(
            !dialog->findChild<QLabel*>(QStringLiteral("reportSummaryLabel"))->text().isEmpty());
        FileDialog::setNextFileName(path);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("savePdfButton")),
                          Qt::LeftButton);
        dialog->reject();
    });
    QTest::mouseClick(area()->findChild<QPushButton*>(QStringLiteral("progressReportButton")),
                      Qt::LeftButton);
    QVERIFY(seen);
    QVERIFY(QFileInfo(path).size() > 1000);
    QVERIFY(MessageBox::lastText().isEmpty());
}

QTEST_MAIN(TestStatisticsArea)
#include "TestStatisticsArea.moc"
