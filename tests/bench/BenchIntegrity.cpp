// Speed of the integrity report (issue 16: within 2x `results --json` on the same
// database) and of the question statistics (incremental after a sync, as the dashboard).
// Usage: bench_integrity DB, for instance a database made by `contestctl demo --people
// 700000` (about a million submissions); run by hand, not in ctest.
#include "BenchSupport.h"
#include "integrity/IntegrityScan.h"
#include "judging/ResultsService.h"
#include "results/ResultsJson.h"
#include "statistics/QuestionStats.h"
#include "statistics/QuestionSummary.h"
#include "storage/ContestDatabase.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    printBuildType();
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_integrity DB\n");
        return 1;
    }
    auto db = ContestDatabase::openExisting(QString::fromLocal8Bit(argv[1]));
    std::printf("load average %s\n", qPrintable(loadAverage()));
    QElapsedTimer t;

    // What `results --json` does: compute, then write the JSON.
    t.start();
    double cpu = cpuSeconds();
    const Results results = ResultsService(*db).computeLive();
    const QByteArray json = QJsonDocument(ResultsJson::toJson(results)).toJson();
    const qint64 resultsMs = t.elapsed();
    const double resultsCpu = cpuSeconds() - cpu;

    // What `integrity --json` does: the same results (names, prizes), then the scan.
    t.restart();
    cpu = cpuSeconds();
    const Results again = ResultsService(*db).computeLive();
    const QList<IntegrityCase> cases = IntegrityScan::scan(*db, again);
    const qint64 integrityMs = t.elapsed();
    const double integrityCpu = cpuSeconds() - cpu;

    std::printf("results --json:   %7lld ms wall, %6.2f s CPU (%d contestants, %d valid "
                "submissions, %lld bytes)\n",
                static_cast<long long>(resultsMs), resultsCpu, results.contestants,
                results.validSubmissions, static_cast<long long>(json.size()));
    std::printf("integrity --json: %7lld ms wall, %6.2f s CPU (%lld cases)\n",
                static_cast<long long>(integrityMs), integrityCpu,
                static_cast<long long>(cases.size()));
    std::printf("ratio integrity / results: %.2f wall, %.2f CPU (goal <= 2)\n",
                double(integrityMs) / std::max<qint64>(1, resultsMs),
                integrityCpu / std::max(0.001, resultsCpu));

    // The question statistics: from scratch, then as after a sync with nothing new.
    QuestionSummary::clear(*db);
    t.restart();
    QuestionStats::compute(*db);
    const qint64 coldMs = t.elapsed();
    t.restart();
    const QuestionStats stats = QuestionStats::compute(*db);
    const qint64 warmMs = t.elapsed();
    std::printf("questions stats:  %7lld ms from scratch, %lld ms kept up to date (%lld "
                "questions; top: %s)\n",
                static_cast<long long>(coldMs), static_cast<long long>(warmMs),
                static_cast<long long>(stats.rows().size()),
                stats.rows().isEmpty() ? "-" : qPrintable(stats.rows().first().id));
    return 0;
}
