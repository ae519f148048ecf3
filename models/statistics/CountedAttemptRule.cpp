#include "CountedAttemptRule.h"

#include "results/CountedAttemptChoice.h"
#include "results/RankingKeys.h"

#include <algorithm>

CountedAttemptRule::CountedAttemptRule(const ContestSettings& settings)
    : m_policy(settings.countedAttempt), m_maxAttempts(settings.maxAttempts),
      m_order(RankingKeys::effectiveOrder(settings))
{
    if (m_order.size() > RankingKeys::kMaxKeys)
        m_order.resize(RankingKeys::kMaxKeys);
    m_predictionKey = int(m_order.indexOf(RankingKey::PredictionError));
}

int CountedAttemptRule::considered(int attempts) const
{
    return CountedAttemptChoice::considered(attempts, m_maxAttempts);
}

qint64 CountedAttemptRule::key(int k, const StatAttempt& a, qint64 target, int considered) const
{
    return RankingKeys::value(m_order.at(k), a.correct, a.prediction, a.durationMs, a.submittedMs,
                              a.startedMs, target, considered);
}

int CountedAttemptRule::choose(QList<StatAttempt>& attempts, qint64 target) const
{
    if (attempts.isEmpty())
        return -1;
    std::sort(attempts.begin(), attempts.end(), [](const StatAttempt& a, const StatAttempt& b) {
        return a.submittedMs != b.submittedMs ? a.submittedMs < b.submittedMs : a.id < b.id;
    });
    const int m = considered(int(attempts.size()));
    return CountedAttemptChoice::choose(m_policy, m, [&](int j, int chosen) {
        for (int k = 0; k < m_order.size(); ++k) {
            const qint64 a = key(k, attempts.at(j), target, m);
            const qint64 b = key(k, attempts.at(chosen), target, m);
            if (a != b)
                return a < b;
        }
        return false;
    });
}

bool CountedAttemptRule::dependsOnTarget(const QList<StatAttempt>& attempts) const
{
    if (m_policy != CountedAttempt::Best || m_predictionKey < 0)
        return false;
    const int m = considered(int(attempts.size()));
    // The attempts best on the keys before the prediction error: the target decides
    // between them, so it matters when they differ in what the statistics show.
    auto before = [&](const StatAttempt& a, const StatAttempt& b) { // a ranks above b
        for (int k = 0; k < m_predictionKey; ++k) {
            const qint64 x = key(k, a, 0, m), y = key(k, b, 0, m);
            if (x != y)
                return x < y;
        }
        return false;
    };
    int best = 0;
    for (int j = 1; j < m; ++j)
        if (before(attempts.at(j), attempts.at(best)))
            best = j;
    for (int j = 0; j < m; ++j) {
        const StatAttempt& a = attempts.at(j);
        if (j != best && !before(attempts.at(best), a) &&
            (a.unit != attempts.at(best).unit || a.correct != attempts.at(best).correct))
            return true;
    }
    return false;
}
