// bench_statistics [N | DB]: the statistics dashboard's figures for a demo database of about
// N submissions (default 1,000,000; made with DemoContest::populate(db, N / 1.4)) or for an
// existing database (a copy is not made: the summary tables in it are rebuilt).
// Prints, each with how long it took:
// - cold: the first refresh of the summary (a rebuild, as after an upgrade or re-judging)
//   and the dashboard's figures from it;
// - warm: after 1,000 more submissions (half new people, half further attempts of people
//   already there), what the dashboard does when it opens or refreshes after a sync;
// - the per-unit report and question statistics.
// Goal: the dashboard's figures for 1,000,000 submissions in under 1 s (warm).
#include "contest/DemoContest.h"
#include "statistics/ParticipationStats.h"
#include "statistics/QuestionStats.h"
#include "statistics/StatisticsSummary.h"
#include "statistics/UnitParticipationReport.h"
#include "storage/ContestDatabase.h"
#include "storage/Database.h"
#include "submissions/SubmissionImporter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

namespace {

// 1,000 submissions made from stored ones with new ids: every other one under a new ID
// number (a new person), the rest further attempts of the same people.
QList<QJsonObject> moreSubmissions(Database& db, int count)
{
    QList<QJsonObject> items;
    QRandomGenerator rng(4242);
    QSqlQuery q = db.exec(
        QStringLiteral("SELECT raw_json FROM submissions WHERE valid = 1 ORDER BY rowid DESC "
                       "LIMIT ?"),
        {count});
    int i = 0;
    while (q.next()) {
        QJsonObject o = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
        o[QStringLiteral("id")] = QStringLiteral("BENCH-%1").arg(i, 6, 10, QLatin1Char('0'));
        if (i % 2 == 0) {
            QJsonObject c = o.value(QStringLiteral("contestant")).toObject();
            c[QStringLiteral("id_number")] =
                QString(QStringLiteral("0%1").arg(rng.bounded(100000000, 999999999)) +
                        QStringLiteral("%1").arg(i % 100, 2, 10, QLatin1Char('0')));
            c[QStringLiteral("phone")] = QString();
            o[QStringLiteral("contestant")] = c;
        }
        items.append(o);
        ++i;
    }
    return items;
}

} // namespace

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
    StatisticsSummary::clear(*db);

    timer.restart();
    StatisticsSummary::Refresh r = StatisticsSummary::refresh(*db);
    const qint64 coldRefreshMs = timer.elapsed();
    timer.restart();
    ParticipationStats s = ParticipationStats::compute(*db);
    const qint64 coldReadMs = timer.elapsed();
    out << "cold: summary rebuilt from " << r.newRows << " rows (" << r.revisited
        << " contestants) in " << coldRefreshMs << " ms; dashboard figures then " << coldReadMs
        << " ms; total " << coldRefreshMs + coldReadMs << " ms" << Qt::endl;
    out << "      " << s.totalSubmissions << " submissions, " << s.validSubmissions << " valid, "
        << s.contestants << " contestants, " << s.units.size() << " units, " << s.days.size()
        << " days, target " << s.predictionTarget << Qt::endl;

    timer.restart();
    const auto summary =
        SubmissionImporter(*db).importItems(moreSubmissions(*db, 1000), QStringLiteral("bench"));
    out << "stored 1,000 more submissions (" << summary.line() << ") in " << timer.elapsed()
        << " ms" << Qt::endl;

    timer.restart();
    s = ParticipationStats::compute(*db);
    const qint64 warmMs = timer.elapsed();
    timer.restart();
    r = StatisticsSummary::refresh(*db);
    out << "warm: dashboard figures after them in " << warmMs << " ms (" << s.totalSubmissions
        << " submissions, " << s.contestants << " contestants); a refresh with nothing new "
        << timer.elapsed() << " ms" << Qt::endl;

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
    out << (warmMs < 1000 ? "dashboard goal (< 1 s after a sync) met"
                          : "dashboard goal (< 1 s after a sync) missed")
        << Qt::endl;
    return 0;
}
