#include "RankingEngine.h"

#include "RankingPass.h"

#include <algorithm>
#include <thread>

QList<RankingKey> RankingEngine::effectiveOrder(const ContestSettings& settings)
{
    const QList<RankingKey> wanted = settings.rankingOrder.isEmpty()
                                         ? ContestSettings::defaults().rankingOrder
                                         : settings.rankingOrder;
    QList<RankingKey> out;
    for (RankingKey k : wanted) {
        if (!out.contains(k)) // a repeated key can never change a comparison
            out << k;
    }
    return out;
}

qint64 RankingEngine::keyValue(RankingKey key, const GradedSubmission& s, qint64 target,
                               int consideredAttempts)
{
    return keyValue(key, s.correct, s.prediction, s.durationMs, s.submittedAt.utcMs,
                    s.startedAt.utcMs, target, consideredAttempts);
}

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
