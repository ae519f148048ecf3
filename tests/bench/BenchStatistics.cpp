// bench_statistics [N | DB]: the statistics dashboard's figures for a demo database of about
// N submissions (default 1,000,000; made with DemoContest::populate(db, N / 1.4)) or for an
// existing database, which it changes: its summary tables are rebuilt and 1,000 submissions
// are added (bench on a copy: `contestctl demo --people 714285` makes about a million).
// Prints, each with its wall time and the process's CPU time (the machine may be busy):
// - cold: the first refresh of the summary (a rebuild, as after an upgrade or re-judging)
//   and the dashboard's figures from it;
// - warm: after 1,000 more submissions (half new people, half further attempts of people
//   already there), what the dashboard does when it opens or refreshes after a sync;
// - the per-unit report; question statistics, first (all answers counted) and after another
//   1,000; the progress report as of a past day (the middle of the window and its last
//   day; the figures and the PDF).
// Goal: the dashboard's figures for 1,000,000 submissions in under 1 s (warm).
#include "BenchSupport.h"
#include "contest/ContestRepository.h"
#include "demo/DemoContest.h"
#include "statistics/ParticipationStats.h"
#include "statistics/ProgressReport.h"
#include "statistics/QuestionStats.h"
#include "statistics/StatisticsSummary.h"
#include "statistics/StatisticsTally.h"
#include "statistics/UnitParticipationReport.h"
#include "storage/ContestDatabase.h"
#include "storage/Database.h"
#include "submissions/SubmissionImporter.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <ctime>

namespace {

// Wall and CPU time since start(): on a shared machine the wall time alone misleads.
class Stopwatch
{
public:
    Stopwatch() { start(); }
    void start()
    {
        m_wall.start();
        m_cpu = cpuNs();
    }
    qint64 wallMs() const { return m_wall.elapsed(); }
    qint64 cpuMs() const { return (cpuNs() - m_cpu) / 1000000; }
    QString text() const { return QStringLiteral("%1 ms (CPU %2 ms)").arg(wallMs()).arg(cpuMs()); }

private:
    static qint64 cpuNs()
    {
        timespec t{};
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
        return qint64(t.tv_sec) * 1000000000 + t.tv_nsec;
    }
    QElapsedTimer m_wall;
    qint64 m_cpu = 0;
};

// 1,000 submissions made from stored ones with new ids: every other one under a new ID
// number (a new person), the rest further attempts of the same people.
QList<QJsonObject> moreSubmissions(Database& db, int count, const QString& prefix)
{
    QList<QJsonObject> items;
    QRandomGenerator rng(4242);
    QSqlQuery q = db.exec(QStringLiteral("SELECT raw_json FROM submissions WHERE valid = 1 "
                                         "ORDER BY %1 DESC LIMIT ?")
                              .arg(StatisticsSummary::rowOrder(db)),
                          {count});
    int i = 0;
    while (q.next()) {
        QJsonObject o = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
        o[QStringLiteral("id")] =
            QStringLiteral("%1-%2").arg(prefix).arg(i, 6, 10, QLatin1Char('0'));
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

void progressReport(QTextStream& out, Database& db, const QDate& day, const QString& pdf)
{
    Stopwatch figures;
    const ProgressReport report = ProgressReport::build(db, day);
    const QString figuresTime = figures.text();
    Stopwatch paint;
    report.writePdf(pdf);
    out << "progress report as of " << day.toString(QStringLiteral("dd/MM/yyyy")) << ": "
        << report.stats().contestants << " contestants, " << report.stats().validSubmissions
        << " valid; figures " << figuresTime << ", PDF " << paint.text() << Qt::endl;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // the progress report lays out text
    QGuiApplication app(argc, argv);
    printBuildType();
    QTextStream out(stdout);
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    Stopwatch timer;
    const QString arg = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    bool isNumber = false;
    const qint64 n = arg.isEmpty() ? 1000000 : arg.toLongLong(&isNumber);
    if (!arg.isEmpty() && !isNumber) {
        db = ContestDatabase::openAndMigrate(arg);
        out << "database " << db->displayName() << " opened (and migrated) in " << timer.text()
            << Qt::endl;
    } else {
        db = ContestDatabase::openAndMigrate(dir.filePath(QStringLiteral("bench.sqlite")));
        DemoContest::populate(*db, int(n / 1.4));
        out << "generated a demo database for about " << n << " submissions in " << timer.text()
            << Qt::endl;
    }
    StatisticsSummary::clear(*db);

    timer.start();
    StatisticsSummary::Refresh r = StatisticsSummary::refresh(*db);
    const QString coldRefresh = timer.text();
    const qint64 coldRefreshMs = timer.wallMs(), coldRefreshCpu = timer.cpuMs();
    timer.start();
    ParticipationStats s = ParticipationStats::compute(*db);
    out << "cold: summary rebuilt from " << r.newRows << " rows (" << r.revisited
        << " contestants) in " << coldRefresh << "; dashboard figures then " << timer.text()
        << "; total " << coldRefreshMs + timer.wallMs() << " ms (CPU "
        << coldRefreshCpu + timer.cpuMs() << " ms)" << Qt::endl;
    out << "      " << s.totalSubmissions << " submissions, " << s.validSubmissions << " valid, "
        << s.contestants << " contestants, " << s.units.size() << " units, " << s.days.size()
        << " days, target " << s.predictionTarget << Qt::endl;

    timer.start();
    const auto summary = SubmissionImporter(*db).importItems(
        moreSubmissions(*db, 1000, QStringLiteral("BENCH")), QStringLiteral("bench"));
    out << "stored 1,000 more submissions (" << summary.line() << ") in " << timer.text()
        << Qt::endl;

    timer.start();
    s = ParticipationStats::compute(*db);
    const qint64 warmMs = timer.wallMs();
    out << "warm: dashboard figures after them in " << timer.text() << " (" << s.totalSubmissions
        << " submissions, " << s.contestants << " contestants)" << Qt::endl;
    timer.start();
    r = StatisticsSummary::refresh(*db);
    out << "nothing new: a refresh in " << timer.text();
    timer.start();
    s = ParticipationStats::compute(*db);
    out << ", the dashboard's figures in " << timer.text() << Qt::endl;

    timer.start();
    const UnitParticipationReport units = UnitParticipationReport::compute(*db);
    out << "per-unit report: " << units.rows().size() << " units in " << timer.text() << Qt::endl;

    timer.start();
    const QuestionStats questions = QuestionStats::compute(*db);
    int flagged = 0;
    for (const auto& row : questions.rows())
        flagged += row.flags != QuestionStats::NoFlag;
    out << "question statistics, first (all answers counted): " << questions.rows().size()
        << " questions, " << flagged << " flagged in " << timer.text() << Qt::endl;
    timer.start();
    SubmissionImporter(*db).importItems(moreSubmissions(*db, 1000, QStringLiteral("BENCH2")),
                                        QStringLiteral("bench"));
    out << "stored 1,000 more in " << timer.text();
    timer.start();
    QuestionStats::compute(*db);
    out << "; then question statistics in " << timer.text();
    timer.start();
    s = ParticipationStats::compute(*db);
    out << ", the dashboard's figures in " << timer.text() << Qt::endl;

    const ContestSettings settings = ContestRepository(*db).loadOrDefaults();
    const int offset = settings.timezoneOffsetMinutes;
    const QDate first =
        QDate(1970, 1, 1).addDays(StatisticsTally::dayNumber(settings.opensAt.utcMs, offset));
    const QDate last =
        QDate(1970, 1, 1).addDays(StatisticsTally::dayNumber(settings.closesAt.utcMs, offset));
    progressReport(out, *db, first.addDays(first.daysTo(last) / 2),
                   dir.filePath(QStringLiteral("middle.pdf")));
    progressReport(out, *db, last, dir.filePath(QStringLiteral("last.pdf")));

    out << (warmMs < 1000 ? "dashboard goal (< 1 s after a sync) met"
                          : "dashboard goal (< 1 s after a sync) missed")
        << Qt::endl;
    return 0;
}
