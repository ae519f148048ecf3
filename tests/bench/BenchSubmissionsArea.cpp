// bench_submissions_area DB [PNG]: the Submissions area on a large database (e.g.
// `contestctl demo --people 700000`, about 1,000,000 submissions), offscreen: how long it
// takes to open, to scroll anywhere, to filter, sort and search, each until the list is
// painted. With PNG, a picture of the area after the last step.
#include "BenchSupport.h"
#include "SubmissionTableModel.h"
#include "SubmissionsArea.h"
#include "storage/ContestDatabase.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLineEdit>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QTableView>
#include <QTextStream>
#include <QTimer>

namespace {
QTextStream out(stdout);

// Until the model has its rows (a filtered list is read in the background).
void waitLoaded(SubmissionTableModel* model)
{
    if (!model->isLoading())
        return;
    QEventLoop loop;
    QObject::connect(model, &SubmissionTableModel::loadingChanged, &loop, [&](bool loading) {
        if (!loading)
            loop.quit();
    });
    loop.exec();
}

void report(const QString& what, qint64 ms, SubmissionTableModel* model)
{
    out << QStringLiteral("%1 %2 ms  (%3 rows)\n").arg(what, -34).arg(ms, 6).arg(model->rowCount());
    out.flush();
}

// Applies `change`, waits for the rows and paints the view, as a user would see it.
void step(const QString& what, SubmissionsArea& area, const std::function<void()>& change)
{
    QElapsedTimer timer;
    timer.start();
    change();
    waitLoaded(area.model());
    area.tableView()->grab();
    report(what, timer.elapsed(), area.model());
}
} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    printBuildType();
    if (argc < 2) {
        out << "usage: bench_submissions_area DB [PNG]\n";
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    std::unique_ptr<Database> db = ContestDatabase::openAndMigrate(QString::fromLocal8Bit(argv[1]));
    SubmissionsArea area(*db);
    area.resize(1366, 700);
    area.show();
    area.tableView()->grab();
    report(QStringLiteral("open and paint the first rows"), timer.elapsed(), area.model());

    QElapsedTimer counting;
    counting.start();
    QEventLoop countLoop;
    QObject::connect(&area, &SubmissionsArea::countsChanged, &countLoop, &QEventLoop::quit);
    if (area.isCounting())
        countLoop.exec();
    out << QStringLiteral("summary counts (background)           %1 ms\n")
               .arg(counting.elapsed(), 6);

    QScrollBar* bar = area.tableView()->verticalScrollBar();
    QRandomGenerator rng(7);
    qint64 worst = 0;
    timer.restart();
    for (int i = 0; i < 20; ++i) {
        QElapsedTimer one;
        one.start();
        bar->setValue(rng.bounded(bar->maximum() + 1));
        area.tableView()->grab();
        worst = qMax(worst, one.elapsed());
    }
    out << QStringLiteral("scroll to 20 random places            %1 ms average, %2 ms worst\n")
               .arg(timer.elapsed() / 20, 6)
               .arg(worst);
    timer.restart();
    for (int i = 0; i < 200; ++i) {
        bar->setValue(bar->value() + bar->pageStep() / 4);
        area.tableView()->grab();
    }
    out << QStringLiteral("scroll 200 small steps                %1 ms average\n")
               .arg(timer.elapsed() / 200, 6);

    QComboBox* status = area.statusCombo();
    step(QStringLiteral("filter: invalid"), area, [&] {
        status->setCurrentIndex(status->findData(int(SubmissionFilter::Status::Invalid)));
    });
    step(QStringLiteral("filter: valid"), area,
         [&] { status->setCurrentIndex(status->findData(int(SubmissionFilter::Status::Valid))); });
    step(QStringLiteral("filter: with conflicts"), area, [&] {
        status->setCurrentIndex(status->findData(int(SubmissionFilter::Status::Conflicts)));
    });
    step(QStringLiteral("filter: all"), area,
         [&] { status->setCurrentIndex(status->findData(int(SubmissionFilter::Status::All))); });
    step(QStringLiteral("sort by name"), area, [&] {
        area.tableView()->sortByColumn(SubmissionTableModel::NameColumn, Qt::AscendingOrder);
    });
    step(QStringLiteral("sort by submitted at (indexed)"), area, [&] {
        area.tableView()->sortByColumn(SubmissionTableModel::SubmittedAtColumn,
                                       Qt::DescendingOrder);
    });
    step(QStringLiteral("search (first: builds the index)"), area, [&] {
        area.searchEdit()->setText(QStringLiteral("nguyen thi anh"));
        area.applySearch();
    });
    out << QStringLiteral("  of which the search itself           %1 ms\n")
               .arg(area.model()->lastSearchMs(), 6);
    step(QStringLiteral("search \"dang kim yen\""), area, [&] {
        area.searchEdit()->setText(QStringLiteral("dang kim yen"));
        area.applySearch();
    });
    step(QStringLiteral("search \"nguyen\" (many hits)"), area, [&] {
        area.searchEdit()->setText(QStringLiteral("nguyen"));
        area.applySearch();
    });
    step(QStringLiteral("clear the search"), area, [&] {
        area.searchEdit()->clear();
        area.applySearch();
    });
    if (argc > 2) {
        area.tableView()->selectRow(3);
        area.grab().save(QString::fromLocal8Bit(argv[2]));
    }
    return 0;
}
