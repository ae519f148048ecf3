// Loading a stored contest into the ranking engine, and the engine on it: the two halves
// of `contestctl results`. Usage: bench_results_load DB (for instance a database made by
// `contestctl demo --people 700000`, about a million submissions).
#include "BenchSupport.h"
#include "contest/ContestRepository.h"
#include "judging/TieDecisionRepository.h"
#include "results/RankingEngine.h"
#include "storage/ContestDatabase.h"
#include "submissions/SubmissionStore.h"
#include "units/ExclusionRepository.h"
#include "units/UnitRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    printBuildType();
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_results_load DB\n");
        return 1;
    }
    auto db = ContestDatabase::openExisting(QString::fromLocal8Bit(argv[1]));
    QElapsedTimer t;
    t.start();
    const ContestSettings settings = ContestRepository(*db).loadOrDefaults();
    const QList<Unit> units = UnitRepository(*db).list();
    const QList<Exclusion> exclusions = ExclusionRepository(*db).list();
    const QList<GradedSubmission> submissions = SubmissionStore(*db).loadGraded();
    const QList<TieDecision> decisions = TieDecisionRepository(*db).activeDecisions();
    const qint64 loadMs = t.elapsed();
    t.restart();
    const Results r = RankingEngine::compute(settings, units, exclusions, submissions, decisions);
    const qint64 computeMs = t.elapsed();
    std::printf("load from the database: %lld ms (%lld submissions)\n", static_cast<long long>(loadMs),
                static_cast<long long>(submissions.size()));
    std::printf("compute results:        %lld ms (%d contestants, %lld unresolved ties)\n",
                static_cast<long long>(computeMs), r.contestants, static_cast<long long>(r.unresolvedTies.size()));
    return 0;
}
