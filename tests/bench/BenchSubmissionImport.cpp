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
// BENCH_DB=postgresql://… imports into that (empty) database instead of a SQLite file.
#include "BenchSupport.h"
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

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    printBuildType();
    const int n = argc > 1 ? std::atoi(argv[1]) : 100000;
    std::printf("load average at the start: %s\n", qPrintable(loadAverage()));
    QTemporaryDir dir;
    const QString d = dir.path();
    const QString input = qEnvironmentVariable("BENCH_INPUT", d + QStringLiteral("/export.jsonl"));
    const QString rows = input + QStringLiteral(".rows");

    auto db = ContestDatabase::openAndMigrate(
        qEnvironmentVariable("BENCH_DB", d + QStringLiteral("/client.sqlite")));
    DemoContest::populate(*db, 0); // the contest, its units and its approved bank
    QElapsedTimer clock;
    clock.start();
    if (!QFile::exists(input) || !QFile::exists(rows)) {
        if (!generate(*db, n, input, rows)) {
            std::fprintf(stderr, "cannot generate %s\n", qPrintable(input));
            return 2;
        }
        std::printf("generated %d submissions in %.1f s\n", n, clock.elapsed() / 1000.0);
    }
    const qint64 bytes = QFileInfo(input).size();
    std::printf("input: %s, %.1f MB; RSS before the import %s\n", qPrintable(input), bytes / 1e6,
                statusField("VmRSS:").constData());

    resetPeakMemory();
    clock.restart();
    const double cpuStart = cpuSeconds();
    const StoreSummary summary = SubmissionImporter(*db).importFile(input);
    const double seconds = clock.elapsed() / 1000.0;
    const double cpu = cpuSeconds() - cpuStart;
    const QByteArray peak = statusField("VmHWM:");
    std::printf("import: %s\n        %.2f s wall, %.0f submissions/s, %.1f MB/s, CPU %.2f s "
                "(all threads), peak RSS (VmHWM) %s\n",
                qPrintable(summary.line()), seconds, summary.total() / seconds,
                bytes / 1e6 / seconds, cpu, peak.constData());
    const QString location = db->location();
    const bool sqlite = db->connection().driverName() == QLatin1String("QSQLITE");
    QStringList schema;
    if (sqlite) {
        QSqlQuery q = db->exec(
            QStringLiteral("SELECT sql FROM sqlite_master WHERE tbl_name = 'submissions' AND sql "
                           "IS NOT NULL ORDER BY type DESC"));
        while (q.next())
            schema << q.value(0).toString();
    }
    db.reset();

    // The floor: the same rows imported by the sqlite3 shell into a table with one index,
    // in one transaction, as the import stores the file in one.
    const TimedRun floorRun =
        runSqlite3(d, QStringLiteral("import.sql"),
                   "CREATE TABLE submissions (id TEXT PRIMARY KEY, raw_json TEXT NOT NULL);\n"
                   ".mode ascii\n.import '" +
                       QFile::encodeName(rows) + "' submissions\n",
                   QStringLiteral("floor.sqlite"));
    if (!floorRun.ok)
        return 2;
    const double floor = floorRun.seconds;
    const double floorCpu = floorRun.cpu;
    std::printf(
        "floor: sqlite3 .import of the same %d rows: %.2f s wall, %.0f rows/s, CPU %.2f s\n", n,
        floor, n / floor, floorCpu);
    std::printf("ratio: the import takes %.2fx the floor in wall time, %.2fx in CPU time "
                "(goal: within 2x; peak memory under 300 MB)\n",
                seconds / floor, cpu / floorCpu);

    // What SQLite alone needs for the suite's table and its six indexes: the imported rows
    // copied by the sqlite3 shell into an empty copy of it, in one transaction. The floor
    // above maintains one index; this shows how much of the import is SQLite's own work.
    if (sqlite) {
        QByteArray copy = "PRAGMA journal_mode = WAL;\nPRAGMA synchronous = NORMAL;\n"
                          "PRAGMA page_size = 16384;\n";
        for (const QString& sql : std::as_const(schema))
            copy += sql.toUtf8() + ";\n";
        copy +=
            "ATTACH '" + location.toUtf8() +
            "' AS src;\nBEGIN; INSERT INTO submissions SELECT * FROM src.submissions; COMMIT;\n";
        const TimedRun copyRun =
            runSqlite3(d, QStringLiteral("copy.sql"), copy, QStringLiteral("copy.sqlite"));
        if (!copyRun.ok)
            return 2;
        const double copySeconds = copyRun.seconds;
        const double copyCpu = copyRun.cpu;
        std::printf("       SQLite alone, the suite's table and indexes, one transaction: %.2f s "
                    "wall, %.2f s CPU (the import takes %.2fx that in wall time)\n",
                    copySeconds, copyCpu, seconds / copySeconds);
    }
    std::printf("load average at the end: %s\n", qPrintable(loadAverage()));
    return summary.total() == n ? 0 : 1;
}
