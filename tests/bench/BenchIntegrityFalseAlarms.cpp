// False alarms of the integrity cases (issue 16): how many cases of each kind N generated
// HONEST contestants raise (HonestPopulation: families sharing a phone and a device by two,
// offices' shared computers, human speeds), and the demo contest's own counts (which has
// planted cases). Usage: bench_integrity_false_alarms [N] (default 100,000); run by hand.
#include "BenchSupport.h"
#include "demo/DemoContest.h"
#include "demo/HonestPopulation.h"
#include "integrity/IntegrityScan.h"
#include "judging/ResultsService.h"
#include "storage/ContestDatabase.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMap>
#include <QTemporaryDir>

namespace {
void report(const char* what, Database& db)
{
    QElapsedTimer t;
    t.start();
    const Results results = ResultsService(db).computeLive();
    const QList<IntegrityCase> cases = IntegrityScan::scan(db, results);
    QMap<QString, int> byKind;
    for (const char* kind : {"identity", "speed", "burst", "copying"})
        byKind.insert(QString::fromLatin1(kind), 0);
    int prizes = 0;
    for (const IntegrityCase& c : cases) {
        byKind[c.kind] += 1;
        prizes += c.prizeAtStake.isEmpty() ? 0 : 1;
    }
    std::printf("%s: %d contestants, %d valid submissions: %lld cases (", what, results.contestants,
                results.validSubmissions, static_cast<long long>(cases.size()));
    for (auto it = byKind.cbegin(); it != byKind.cend(); ++it)
        std::printf("%s%s %d", it == byKind.cbegin() ? "" : ", ", qPrintable(it.key()), *it);
    std::printf("), %d touching a prize; results + scan %lld ms\n", prizes,
                static_cast<long long>(t.elapsed()));
    // Its beginning, and its end: where a burst says why it is no office of colleagues.
    for (const IntegrityCase& c : cases) {
        const QString text =
            c.evidence.size() <= 320
                ? c.evidence
                : c.evidence.left(160) + QStringLiteral(" … ") + c.evidence.right(160);
        std::printf("  %s %s\n", qPrintable(c.kind), qPrintable(text));
    }
    std::fflush(stdout);
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    printBuildType();
    const int people = argc > 1 ? std::atoi(argv[1]) : 100000;
    QTemporaryDir dir;
    {
        auto db = ContestDatabase::openAndMigrate(dir.filePath(QStringLiteral("honest.sqlite")));
        QElapsedTimer t;
        t.start();
        HonestPopulation::populate(*db, people);
        std::printf("generated %d honest contestants in %lld s (load %s)\n", people,
                    static_cast<long long>(t.elapsed() / 1000), qPrintable(loadAverage()));
        report("honest population", *db);
    }
    {
        auto db = ContestDatabase::openAndMigrate(dir.filePath(QStringLiteral("demo.sqlite")));
        DemoContest::populate(*db);
        report("demo contest (default size, planted cases)", *db);
    }
    return 0;
}
