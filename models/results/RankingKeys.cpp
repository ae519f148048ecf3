#include "RankingKeys.h"

namespace RankingKeys {

QList<RankingKey> effectiveOrder(const ContestSettings& settings)
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

qint64 value(RankingKey key, const GradedSubmission& s, qint64 target, int consideredAttempts)
{
    return value(key, s.correct, s.prediction, s.durationMs, s.submittedAt.utcMs, s.startedAt.utcMs,
                 target, consideredAttempts);
}

} // namespace RankingKeys
