// bench_statistics [N | DB]: the statistics dashboard's figures for a demo database of about
// N submissions (default 1,000,000; made with DemoContest::populate(db, N / 1.4)) or for an
// existing database, each printed with how long it took. Goal: under 1 s for 1,000,000.
#include "contest/DemoContest.h"
#include "statistics/ParticipationStats.h"
#include "statistics/QuestionStats.h"
#include "statistics/UnitParticipationReport.h"
#include "storage/ContestDatabase.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    QElapsedTimer timer;
    timer.start();
    const QString arg = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    bool isNumber = false;
    const qint64 n = arg.isEmpty() ? 1000000 : arg.toLongLong(&isNumber);
    if (!arg.isEmpty() && !isNumber) {
        db = ContestDatabase::openAndMigrate(arg);
        out << "database " << arg << Qt::endl;
    } else {
        db = ContestDatabase::openAndMigrate(dir.filePath(QStringLiteral("bench.sqlite")));
        DemoContest::populate(*db, int(n / 1.4));
        out << "generated a demo database for about " << n << " submissions in " << timer.elapsed()
            << " ms" << Qt::endl;
    }

    timer.restart();
    const ParticipationStats s = ParticipationStats::compute(*db);
    const qint64 dashboardMs = timer.elapsed();
    out << "dashboard: " << s.totalSubmissions << " submissions, " << s.validSubmissions
        << " valid, " << s.contestants << " contestants, " << s.units.size() << " units, "
        << s.days.size() << " days, target " << s.predictionTarget << " in " << dashboardMs << " ms"
        << Qt::endl;

    timer.restart();
    const UnitParticipationReport units = UnitParticipationReport::compute(*db);
    out << "per-unit report: " << units.rows().size() << " units in " << timer.elapsed() << " ms"
        << Qt::endl;

    timer.restart();
    const QuestionStats questions = QuestionStats::compute(*db);
    int flagged = 0;
    for (const auto& row : questions.rows())
        flagged += row.flags != QuestionStats::NoFlag;
    out << "question statistics: " << questions.rows().size() << " questions, " << flagged
        << " flagged in " << timer.elapsed() << " ms" << Qt::endl;
    out << (dashboardMs < 1000 ? "dashboard goal (< 1 s) met" : "dashboard goal (< 1 s) missed")
        << Qt::endl;
    return 0;
}
