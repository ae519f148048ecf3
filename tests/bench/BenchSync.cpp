// bench_sync: contestctl's sync path (ServerClient + SyncEngine) pulling N submissions from
// contest-server on loopback over TLS, against a floor: curl fetching the same pages and
// `sqlite3 .import` of the same rows. Prints items/s, wall and CPU time, peak RSS, the
// floor and the ratio, the load average, and the client's CPU by step. Run by hand, not in
// ctest (the million is a separate invocation):
//   bench_sync [N=100000] [PAGE=1000]
//   bench_sync 1000000
// BENCH_DB=postgresql://… syncs into that (empty) database instead of a SQLite file
// (tests/bench/run-both-engines.sh makes one on a throwaway cluster).
// BENCH_SERVER_DATA=FILE: the server's database, kept for the next run with the same N.
// BENCH_TXN_ITEMS / BENCH_TXN_MS: SyncEngine::setTransactionLimits (1 item: a transaction
// per page, as before grouping).
#include "BenchSupport.h"
#include "contest/ContestRepository.h"
#include "demo/DemoContest.h"
#include "storage/ContestDatabase.h"
#include "submissions/AnswerKey.h"
#include "submissions/ContentHash.h"
#include "submissions/SqliteSubmissionWriter.h"
#include "submissions/SubmissionParser.h"
#include "submissions/SubmissionValidator.h"
#include "sync/ServerClient.h"
#include "sync/SyncEngine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>
#include <sys/resource.h>

namespace {

QString vmHwm()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return QString::fromLatin1(line.mid(6).simplified());
    }
    return QStringLiteral("?");
}

SubmissionPage readPage(const QString& dir, int p)
{
    QFile f(QStringLiteral("%1/page%2.json").arg(dir).arg(p));
    f.open(QIODevice::ReadOnly);
    SubmissionPage page;
    page.read(f.readAll());
    return page;
}

bool run(const QString& program, const QStringList& args, const QString& dir,
         int timeoutMs = 600000)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(program, args);
    if (!p.waitForFinished(timeoutMs) || p.exitCode() != 0) {
        std::fprintf(stderr, "%s failed\n", qPrintable(program));
        return false;
    }
    return true;
}

bool makeCertificates(const QString& dir)
{
    QFile ext(dir + QStringLiteral("/ext.cnf"));
    ext.open(QIODevice::WriteOnly);
    ext.write("subjectAltName=DNS:localhost,IP:127.0.0.1\n");
    ext.close();
    const QString o = QStringLiteral("openssl");
    return run(o,
               QStringLiteral("req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=BenchCA -keyout "
                              "ca.key -out ca.pem")
                   .split(' '),
               dir) &&
           run(o,
               QStringLiteral("req -newkey rsa:2048 -nodes -subj /CN=localhost -keyout server.key "
                              "-out server.csr")
                   .split(' '),
               dir) &&
           run(o,
               QStringLiteral("x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial "
                              "-days 2 -extfile ext.cnf -out server.pem")
                   .split(' '),
               dir);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    printBuildType();
    const int n = argc > 1 ? std::atoi(argv[1]) : 100000;
    const int pageSize = argc > 2 ? std::atoi(argv[2]) : 1000;
    std::printf("load average at the start: %s\n", qPrintable(loadAverage()));
    QTemporaryDir dir;
    const QString d = dir.path();
    if (!makeCertificates(d))
        return 2;

    // The server, filled before the clock starts.
    QElapsedTimer clock;
    clock.start();
    QProcess server;
    server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    // BENCH_SERVER_DATA=FILE keeps the server's database for the next run with the same N
    // (generating a million takes a minute or more).
    const QString serverData =
        qEnvironmentVariable("BENCH_SERVER_DATA", d + QStringLiteral("/server.sqlite"));
    QStringList serverArgs{QStringLiteral("--cert"),  d + QStringLiteral("/server.pem"),
                           QStringLiteral("--key"),   d + QStringLiteral("/server.key"),
                           QStringLiteral("--data"),  serverData,
                           QStringLiteral("--token"), QStringLiteral("bench")};
    if (!QFile::exists(serverData))
        serverArgs << QStringLiteral("--generate") << QString::number(n);
    server.start(QStringLiteral(CONTEST_SERVER_PATH), serverArgs);
    QByteArray line;
    while (!line.contains('\n') && server.state() != QProcess::NotRunning) {
        server.waitForReadyRead(1000);
        line += server.readAllStandardOutput();
    }
    if (!line.startsWith("listening ")) {
        std::fprintf(stderr, "contest-server did not start\n");
        return 2;
    }
    const QString url = QStringLiteral("https://") + QString::fromLatin1(line.mid(10).trimmed());
    std::printf("server: %d submissions generated in %.1f s, %s\n", n, clock.elapsed() / 1000.0,
                qPrintable(url));

    int status = 0;
    {
        auto db = ContestDatabase::openAndMigrate(
            qEnvironmentVariable("BENCH_DB", d + QStringLiteral("/client.sqlite")));
        DemoContest::populate(*db, 0);
        QNetworkAccessManager manager;
        ServerConfig config;
        config.baseUrl = QUrl(url);
        config.token = "bench";
        config.caFile = d + QStringLiteral("/ca.pem");
        ServerClient client(manager, config);
        SyncEngine engine(*db, client);
        engine.setPageLimit(pageSize);
        // BENCH_TXN_ITEMS=1: a transaction per page, to compare with the default grouping.
        if (qEnvironmentVariableIsSet("BENCH_TXN_ITEMS") ||
            qEnvironmentVariableIsSet("BENCH_TXN_MS")) {
            engine.setTransactionLimits(qEnvironmentVariableIntValue("BENCH_TXN_ITEMS"),
                                        qEnvironmentVariableIntValue("BENCH_TXN_MS"));
        }
        clock.restart();
        const double cpuStart = cpuSeconds();
        const StoreSummary summary = engine.run();
        const double cpu = cpuSeconds() - cpuStart;
        const double seconds = clock.elapsed() / 1000.0;
        std::printf("sync:  %s\n       %.2f s wall, %.0f submissions/s, client CPU %.2f s, "
                    "peak RSS (VmHWM) %s\n",
                    qPrintable(summary.line()), seconds, summary.total() / seconds, cpu,
                    qPrintable(vmHwm()));
        std::printf("       storing thread: waiting for pages %.2f s, storing %.2f s in %d "
                    "transactions\n",
                    engine.fetchMs() / 1000.0, engine.storeMs() / 1000.0, engine.transactions());

        if (qEnvironmentVariableIsSet("BENCH_SYNC_ONLY")) { // for a profiler: the sync alone
            server.terminate();
            server.waitForFinished(10000);
            return summary.total() == n ? 0 : 1;
        }
        // The floor: the same pages with curl (one process, one connection), then the
        // same rows (id, raw JSON) imported by the sqlite3 shell. The cursor of this
        // server is the arrival number, so the page URLs are known in advance.
        QStringList curlArgs{QStringLiteral("-s"), QStringLiteral("--cacert"), config.caFile,
                             QStringLiteral("-H"), QStringLiteral("Authorization: Bearer bench")};
        const int pages = (n + pageSize - 1) / pageSize;
        for (int p = 0; p < pages; ++p) {
            curlArgs << QStringLiteral(
                            "%1/api/v1/contests/sonha-2024/submissions?after=%2&limit=%3")
                            .arg(url)
                            .arg(qint64(p) * pageSize)
                            .arg(pageSize)
                     << QStringLiteral("-o") << QStringLiteral("%1/page%2.json").arg(d).arg(p);
        }
        const double childCpuStart = cpuSeconds(RUSAGE_CHILDREN);
        clock.restart();
        if (!run(QStringLiteral("curl"), curlArgs, d))
            return 2;
        const double curlSeconds = clock.elapsed() / 1000.0;
        const double curlCpu = cpuSeconds(RUSAGE_CHILDREN) - childCpuStart;

        // ASCII unit/record separators: JSON holds neither.
        QFile rows(d + QStringLiteral("/rows.txt"));
        rows.open(QIODevice::WriteOnly);
        for (int p = 0; p < pages; ++p) {
            const SubmissionPage page = readPage(d, p);
            for (qsizetype i = 0; i < page.size(); ++i) {
                SubmissionRecord r;
                SubmissionParser::fromRawJson(page.item(i), r);
                rows.write(r.id.toUtf8() + '\x1f' + r.rawJson + '\x1e');
            }
        }
        rows.close();
        QFile script(d + QStringLiteral("/import.sql"));
        script.open(QIODevice::WriteOnly);
        script.write("CREATE TABLE submissions (id TEXT PRIMARY KEY, raw_json TEXT NOT "
                     "NULL);\n.mode ascii\n.import rows.txt submissions\n");
        script.close();
        clock.restart();
        if (!run(QStringLiteral("sqlite3"),
                 {QStringLiteral("-init"), QStringLiteral("import.sql"),
                  QStringLiteral("floor.sqlite"), QStringLiteral(".quit")},
                 d))
            return 2;
        const double importSeconds = clock.elapsed() / 1000.0;
        const double importCpu = cpuSeconds(RUSAGE_CHILDREN) - childCpuStart - curlCpu;
        const double floor = curlSeconds + importSeconds;
        std::printf("floor: curl %.2f s + sqlite3 .import %.2f s = %.2f s, %.0f submissions/s\n",
                    curlSeconds, importSeconds, floor, n / floor);
        std::printf("       CPU: curl %.2f s + sqlite3 %.2f s = %.2f s\n", curlCpu, importCpu,
                    curlCpu + importCpu);
        std::printf("ratio: sync takes %.2fx the floor in wall time, %.2fx in client CPU time "
                    "(goal: within 2x, and at least 20000 submissions/s)\n",
                    seconds / floor, cpu / (curlCpu + importCpu));
        status = summary.total() == n ? 0 : 1;

        // What SQLite alone needs for the suite's table: the synced rows copied by the
        // sqlite3 shell into an empty copy of it (with its three secondary indexes), one
        // transaction per page as the sync must commit. The .import floor maintains no
        // secondary index; this shows how much of the sync's storing is SQLite's own work.
        if (db->connection().driverName() == QLatin1String("QSQLITE")) {
            QByteArray copy = "PRAGMA journal_mode = WAL;\nPRAGMA synchronous = NORMAL;\n";
            QSqlQuery schema = db->exec(
                QStringLiteral("SELECT sql FROM sqlite_master WHERE tbl_name = 'submissions' AND "
                               "sql IS NOT NULL ORDER BY type DESC"));
            while (schema.next())
                copy += schema.value(0).toString().toUtf8() + ";\n";
            copy += "ATTACH '" + db->location().toUtf8() + "' AS src;\n";
            for (int p = 0; p < pages; ++p) {
                copy += QStringLiteral("BEGIN; INSERT INTO submissions SELECT * FROM "
                                       "src.submissions WHERE rowid > %1 AND rowid <= %2; "
                                       "COMMIT;\n")
                            .arg(qint64(p) * pageSize)
                            .arg(qint64(p + 1) * pageSize)
                            .toUtf8();
            }
            const TimedRun copyRun =
                runSqlite3(d, QStringLiteral("copy.sql"), copy, QStringLiteral("copy.sqlite"));
            if (!copyRun.ok)
                return 2;
            std::printf("       SQLite alone, the suite's table and indexes, a transaction per "
                        "page: %.2f s wall, %.2f s CPU\n",
                        copyRun.seconds, copyRun.cpu);
        }

        // Where the client's CPU goes: the same pages (curl's files) through each step of
        // the sync on one thread, into a second database.
        auto db2 = ContestDatabase::openAndMigrate(d + QStringLiteral("/breakdown.sqlite"));
        DemoContest::populate(*db2, 0);
        const ContestSettings settings = ContestRepository(*db2).loadOrDefaults();
        const AnswerKey key = AnswerKey::load(*db2);
        const SubmissionValidator validator(settings, key);
        const auto writer = SqliteSubmissionWriter::open(*db2);
        double frame = 0, readItems = 0, hash = 0, store = 0;
        for (int p = 0; p < pages; ++p) {
            QFile f(QStringLiteral("%1/page%2.json").arg(d).arg(p));
            f.open(QIODevice::ReadOnly);
            const QByteArray bytes = f.readAll();
            double t = cpuSeconds();
            SubmissionPage page;
            page.read(bytes);
            frame += cpuSeconds() - t;
            t = cpuSeconds();
            QList<SubmissionRecord> records;
            records.reserve(page.size());
            for (qsizetype i = 0; i < page.size(); ++i) {
                SubmissionRecord r;
                SubmissionParser::fromRawJson(page.item(i), r);
                validator.judge(r);
                records.append(std::move(r));
            }
            readItems += cpuSeconds() - t;
            t = cpuSeconds();
            for (SubmissionRecord& r : records)
                r.rawSha256 = ContentHash::sha256Hex(r.rawJson);
            hash += cpuSeconds() - t;
            t = cpuSeconds();
            db2->transaction([&] { writer->store(records, QStringLiteral("bench")); });
            store += cpuSeconds() - t;
        }
        std::printf("client CPU by step (one thread): page frame (simdjson) %.2f s, items read + "
                    "judged %.2f s, SHA-256 %.2f s, SQLite store %.2f s\n",
                    frame, readItems, hash, store);
    }
    std::printf("load average at the end: %s\n", qPrintable(loadAverage()));
    server.terminate();
    server.waitForFinished(10000);
    return status;
}
