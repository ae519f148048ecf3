#pragma once

#include "GradedSubmission.h"
#include "contest/ContestSettings.h"

#include <QList>

// How the individual ranking compares two attempts on each key (rules.md): one owner for
// the ranking, the counted attempt of the statistics and the explanations alike.
namespace RankingKeys {

// Every key once: no effective order is longer.
constexpr int kMaxKeys = 6;

// The ranking order actually used: the settings' order without repeats, or the default
// order of rules.md when the settings name none.
QList<RankingKey> effectiveOrder(const ContestSettings& settings);
// The value of one key for an attempt, arranged so that smaller ranks higher.
qint64 value(RankingKey key, const GradedSubmission& s, qint64 target, int consideredAttempts);
// The same from the bare values; inline because the engine calls it per attempt.
inline qint64 value(RankingKey key, int correct, qint64 prediction, qint64 durationMs,
                    qint64 submittedMs, qint64 startedMs, qint64 target, int consideredAttempts)
{
    switch (key) {
    case RankingKey::Correct:
        return -qint64(correct);
    case RankingKey::PredictionError:
        return prediction >= target ? prediction - target : target - prediction;
    case RankingKey::Duration:
        return durationMs;
    case RankingKey::SubmittedAt:
        return submittedMs;
    case RankingKey::Attempts:
        return consideredAttempts;
    case RankingKey::StartedAt:
        return startedMs;
    }
    return 0;
}

} // namespace RankingKeys
