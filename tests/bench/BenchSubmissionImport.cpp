// bench_submission_import: `contestctl submissions import FILE.jsonl` (SubmissionImporter)
// on N generated submissions, against a floor: `sqlite3 .import` of the same rows (id, raw
// JSON) in the same run. Prints the build type, the time, submissions/s, CPU, peak memory
// of the import, the floor and the ratio (goal: within 2x the floor, peak memory flat and
// under 300 MB at a million). Run by hand, not in ctest (the million is a separate,
// minutes-long invocation, its file about 1.1 GB):
//   bench_submission_import [N=100000]
//   bench_submission_import 1000000
// BENCH_INPUT=FILE.jsonl: the generated export, kept for the next run with the same N
// (a million take a few minutes to generate); its floor rows are kept beside it.
// BENCH_DB=postgresql://… imports into that (empty) database instead of a SQLite file
// (with BENCH_RUNS=1).
// BENCH_RUNS=R: each figure is the best of R runs (default 3, 1 above 200,000 lines).
#include "BenchSupport.h"
#include "core/HugePageHeap.h"
#include "demo/DemoContest.h"
#include "demo/SubmissionGenerator.h"
#include "storage/ContestDatabase.h"
#include "storage/Database.h"
#include "submissions/SubmissionImporter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>
#include <sys/resource.h>

namespace {

QByteArray statusField(const char* name)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return "?";
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith(name))
            return line.mid(qstrlen(name)).simplified();
    }
    return "?";
}

// From here on VmHWM is the peak of what follows (Linux 4.0+).
void resetPeakMemory()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

// A contractor's export of `n` submissions (JSON Lines, as the server writes them), and
// beside it the floor's rows: id, unit separator, raw JSON, record separator.
bool generate(Database& db, int n, const QString& path, const QString& rowsPath)
{
    QFile out(path);
    QFile rows(rowsPath);
    if (!out.open(QIODevice::WriteOnly) || !rows.open(QIODevice::WriteOnly))
        return false;
    const std::unique_ptr<SubmissionGenerator> generator = DemoContest::submissionGenerator(db);
    int written = 0;
    // People make a few attempts each: enough people for n submissions, the rest dropped.
    generator->generateInBatches(n, [&](const QList<QJsonObject>& batch) {
        for (const QJsonObject& o : batch) {
            if (written == n)
                return;
            const QByteArray line = QJsonDocument(o).toJson(QJsonDocument::Compact);
            out.write(line + '\n');
            rows.write(o.value(QLatin1String("id")).toString().toUtf8() + '\x1f' + line + '\x1e');
            ++written;
        }
    });
    return written == n;
}

// One import of the file into a fresh demo database.
struct ImportRun
{
    double seconds = 0;
    double cpu = 0;
    QByteArray peak;
    long faults = 0; // minor page faults
    StoreSummary summary;
    QString summaryLine; // from a child
    int total = 0;
    QString location;
    QStringList schema; // the submissions table's SQL and its indexes' (SQLite)
};

ImportRun importOnce(const QString& dbLocation, const QString& input)
{
    ImportRun run;
    auto db = ContestDatabase::openAndMigrate(dbLocation);
    DemoContest::populate(*db, 0); // the contest, its units and its approved bank
    resetPeakMemory();
    QElapsedTimer clock;
    clock.start();
    const double cpuStart = cpuSeconds();
    rusage before{};
    getrusage(RUSAGE_SELF, &before);
    run.summary = SubmissionImporter(*db).importFile(input);
    rusage after{};
    getrusage(RUSAGE_SELF, &after);
    run.faults = after.ru_minflt - before.ru_minflt;
    run.seconds = clock.elapsed() / 1000.0;
    run.cpu = cpuSeconds() - cpuStart;
    run.peak = statusField("VmHWM:");
    run.summaryLine = run.summary.line();
    run.total = run.summary.total();
    run.location = db->location();
    if (db->connection().driverName() == QLatin1String("QSQLITE")) {
        QSqlQuery q = db->exec(
            QStringLiteral("SELECT sql FROM sqlite_master WHERE tbl_name = 'submissions' AND sql "
                           "IS NOT NULL ORDER BY type DESC"));
        while (q.next())
            run.schema << q.value(0).toString();
    }
    return run;
}

// `--import-once DATABASE FILE`: one import in this fresh process, as `contestctl
// submissions import` runs it (glibc's heap on huge pages included), its figures on one
// line for the parent.
int importInThisProcess(char* argv[])
{
    const ImportRun run =
        importOnce(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
    std::printf("RESULT %.6f %.6f %ld %s\n", run.seconds, run.cpu, run.faults,
                run.peak.constData());
    std::printf("SUMMARY %s\n", qPrintable(run.summary.line()));
    std::printf("TOTAL %d\n", run.summary.total());
    std::printf("LOCATION %s\n", qPrintable(run.location));
    for (const QString& sql : run.schema)
        std::printf("SCHEMA %s\n",
                    qPrintable(QString(sql).replace(QLatin1Char('\n'), QLatin1Char(' '))));
    return 0;
}

// Runs importInThisProcess() in a child: every import starts from a fresh process, as
// every `contestctl submissions import` does (a second import in one process finds its
// heap already faulted in, and is faster than any user would see).
ImportRun importInChild(const QString& database, const QString& input)
{
    ImportRun run;
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--import-once"), database, input});
    if (!child.waitForFinished(-1) || child.exitCode() != 0) {
        std::fprintf(stderr, "the import failed\n");
        return run;
    }
    for (const QByteArray& line : child.readAllStandardOutput().split('\n')) {
        const int space = line.indexOf(' ');
        const QByteArray key = line.left(space);
        const QByteArray value = line.mid(space + 1);
        if (key == "RESULT") {
            const QList<QByteArray> f = value.split(' ');
            run.seconds = f.value(0).toDouble();
            run.cpu = f.value(1).toDouble();
            run.faults = f.value(2).toLong();
            run.peak = f.mid(3).join(' ');
        } else if (key == "SUMMARY") {
            run.summaryLine = QString::fromUtf8(value);
        } else if (key == "TOTAL") {
            run.total = value.toInt();
        } else if (key == "LOCATION") {
            run.location = QString::fromUtf8(value);
        } else if (key == "SCHEMA") {
            run.schema << QString::fromUtf8(value);
        }
    }
    return run;
}

} // namespace

int main(int argc, char* argv[])
{
    if (argc == 4 && qstrcmp(argv[1], "--import-once") == 0) {
        HugePageHeap::restartWithHugePages(argv); // as `contestctl submissions import` does
        QCoreApplication app(argc, argv);
        return importInThisProcess(argv);
    }
    QCoreApplication app(argc, argv);
    printBuildType();
    const int n = argc > 1 ? std::atoi(argv[1]) : 100000;
    // On a shared virtual machine one run can be 20 % off the next: each figure is the best
    // of `runs` (every run printed), the import's and the floor's alike.
    const int runs = std::max(1, qEnvironmentVariableIntValue("BENCH_RUNS") > 0
                                     ? qEnvironmentVariableIntValue("BENCH_RUNS")
                                     : (n > 200000 ? 1 : 3));
    std::printf("load average at the start: %s\n", qPrintable(loadAverage()));
    QTemporaryDir dir;
    const QString d = dir.path();
    const QString input = qEnvironmentVariable("BENCH_INPUT", d + QStringLiteral("/export.jsonl"));
    const QString rows = input + QStringLiteral(".rows");
    const QString benchDb = qEnvironmentVariable("BENCH_DB");
    if (!benchDb.isEmpty() && runs > 1) {
        std::fprintf(stderr, "BENCH_DB imports once (set BENCH_RUNS=1)\n");
        return 2;
    }
    const auto dbFor = [&](int run) {
        return benchDb.isEmpty() ? d + QStringLiteral("/client-%1.sqlite").arg(run) : benchDb;
    };

    if (!QFile::exists(input) || !QFile::exists(rows)) {
        auto db = ContestDatabase::openAndMigrate(d + QStringLiteral("/generator.sqlite"));
        DemoContest::populate(*db, 0);
        QElapsedTimer clock;
        clock.start();
        if (!generate(*db, n, input, rows)) {
            std::fprintf(stderr, "cannot generate %s\n", qPrintable(input));
            return 2;
        }
        std::printf("generated %d submissions in %.1f s\n", n, clock.elapsed() / 1000.0);
    }
    const qint64 bytes = QFileInfo(input).size();
    std::printf("input: %s, %.1f MB; each import in a fresh process\n", qPrintable(input),
                bytes / 1e6);

    ImportRun best;
    for (int r = 1; r <= runs; ++r) {
        const ImportRun run = importInChild(dbFor(r), input);
        if (run.total == 0)
            return 2;
        std::printf("import %d/%d: %s\n        %.2f s wall, %.0f submissions/s, %.1f MB/s, CPU "
                    "%.2f s (all threads), peak RSS (VmHWM) %s, %ld page faults\n",
                    r, runs, qPrintable(run.summaryLine), run.seconds, run.total / run.seconds,
                    bytes / 1e6 / run.seconds, run.cpu, run.peak.constData(), run.faults);
        if (r == 1 || run.seconds < best.seconds)
            best = run;
    }
    const bool sqlite = !best.schema.isEmpty();

    // The floor: the same rows imported by the sqlite3 shell into a table with one index,
    // in one transaction, as the import stores the file in one.
    TimedRun floorRun;
    for (int r = 1; r <= runs; ++r) {
        const TimedRun run =
            runSqlite3(d, QStringLiteral("import.sql"),
                       "CREATE TABLE submissions (id TEXT PRIMARY KEY, raw_json TEXT NOT NULL);\n"
                       ".mode ascii\n.import '" +
                           QFile::encodeName(rows) + "' submissions\n",
                       QStringLiteral("floor-%1.sqlite").arg(r));
        if (!run.ok)
            return 2;
        std::printf("floor %d/%d: %.2f s wall, CPU %.2f s\n", r, runs, run.seconds, run.cpu);
        if (r == 1 || run.seconds < floorRun.seconds)
            floorRun = run;
    }
    const double floor = floorRun.seconds;
    std::printf("best of %d: import %.2f s wall, CPU %.2f s, peak RSS %s; floor (sqlite3 .import "
                "of the same %d rows) %.2f s wall, %.0f rows/s, CPU %.2f s\n",
                runs, best.seconds, best.cpu, best.peak.constData(), n, floor, n / floor,
                floorRun.cpu);
    std::printf("ratio: the import takes %.2fx the floor in wall time, %.2fx in CPU time "
                "(goal: within 2x; peak memory under 300 MB)\n",
                best.seconds / floor, best.cpu / floorRun.cpu);

    // What SQLite alone needs for the suite's table and its six indexes: the imported rows
    // copied by the sqlite3 shell into an empty copy of it, in one transaction. The floor
    // above maintains one index; this shows how much of the import is SQLite's own work.
    if (sqlite) {
        QByteArray copy = "PRAGMA journal_mode = WAL;\nPRAGMA synchronous = NORMAL;\n"
                          "PRAGMA page_size = 16384;\n";
        for (const QString& sql : std::as_const(best.schema))
            copy += sql.toUtf8() + ";\n";
        copy +=
            "ATTACH '" + best.location.toUtf8() +
            "' AS src;\nBEGIN; INSERT INTO submissions SELECT * FROM src.submissions; COMMIT;\n";
        const TimedRun copyRun =
            runSqlite3(d, QStringLiteral("copy.sql"), copy, QStringLiteral("copy.sqlite"));
        if (!copyRun.ok)
            return 2;
        std::printf("       SQLite alone, the suite's table and indexes, one transaction: %.2f s "
                    "wall, %.2f s CPU (the import takes %.2fx that in wall time)\n",
                    copyRun.seconds, copyRun.cpu, best.seconds / copyRun.seconds);
    }
    std::printf("load average at the end: %s\n", qPrintable(loadAverage()));
    return best.total == n ? 0 : 1;
}
