#include "RankingEngine.h"

#include "RankingPass.h"

#include <algorithm>
#include <thread>

Results RankingEngine::compute(const ContestSettings& settings, const QList<Unit>& units,
                               const QList<Exclusion>& exclusions,
                               const QList<GradedSubmission>& submissions,
                               const QList<TieDecision>& decisions, int maxThreads)
{
    Results r;
    r.settings = settings;
    r.units = units;
    r.exclusions = exclusions;
    r.submissions = submissions;
    r.decisions = decisions;
    const int hardware = int(std::max(1u, std::thread::hardware_concurrency()));
    RankingPass pass(r, maxThreads > 0 ? maxThreads : std::min(hardware, 4));
    pass.readSubmissions();
    pass.groupContestants();
    pass.orderAttempts();
    pass.chooseCountedAttempts();
    pass.sortRanking();
    pass.buildRows();
    pass.awardPrizes();
    return r;
}
