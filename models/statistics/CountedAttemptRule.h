#pragma once

#include "contest/ContestSettings.h"

#include <QList>
#include <QString>

// One valid attempt of a contestant, with what choosing the counted attempt and the
// statistics read from it.
struct StatAttempt
{
    qint64 seq = 0; // insertion order of the row (the summary's watermark)
    QString id;
    QString unit;
    int correct = 0;
    qint64 prediction = 0;
    qint64 durationMs = 0;
    qint64 submittedMs = 0;
    qint64 startedMs = 0;
};

// Which attempt of a person counts, over the statistics' own form of an attempt: the
// choice is the ranking's (results/CountedAttemptChoice, RankingKeys), this class only
// sorts the attempts (submitted_at, then id) and compares them by the keys.
// TestStatisticsSummary checks the choice against RankingEngine on random contests.
class CountedAttemptRule
{
public:
    explicit CountedAttemptRule(const ContestSettings& settings);

    // Sorts `attempts` into the engine's order; returns the index of the counted one
    // (-1 when empty).
    int choose(QList<StatAttempt>& attempts, qint64 target) const;
    // Whether another prediction target could make a different attempt count whose unit
    // or score differs: only then must the summary look at the person again when the
    // target moves. `attempts` sorted as choose() leaves them.
    bool dependsOnTarget(const QList<StatAttempt>& attempts) const;
    int considered(int attempts) const;

private:
    qint64 key(int k, const StatAttempt& a, qint64 target, int considered) const;

    CountedAttempt m_policy;
    int m_maxAttempts;
    QList<RankingKey> m_order;
    int m_predictionKey = -1; // position of PredictionError in m_order, -1 when absent
};
