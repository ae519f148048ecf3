#pragma once

#include "GradedSubmission.h"
#include "Results.h"
#include "TieDecision.h"
#include "contest/ContestSettings.h"
#include "units/Exclusion.h"
#include "units/Unit.h"

#include <QCoreApplication>
#include <QList>

// Decides ranks, prizes, certificates and the collective ranking from graded
// submissions (rules.md, contestctl.md "results --json"). Pure: no database, no
// widgets, the same inputs always give the same Results.
//
// maxThreads: 0 picks up to 4 workers for large inputs; 1 keeps everything on the
// calling thread. The result never depends on it.
class RankingEngine
{
    Q_DECLARE_TR_FUNCTIONS(RankingEngine)
public:
    static Results compute(const ContestSettings& settings, const QList<Unit>& units,
                           const QList<Exclusion>& exclusions,
                           const QList<GradedSubmission>& submissions,
                           const QList<TieDecision>& decisions = {}, int maxThreads = 0);

    // The ranking order actually used: the settings' order without repeats, or the
    // default order of rules.md when the settings name none.
    static QList<RankingKey> effectiveOrder(const ContestSettings& settings);
    // The value of one key for an attempt, arranged so that smaller ranks higher.
    static qint64 keyValue(RankingKey key, const GradedSubmission& s, qint64 target,
                           int consideredAttempts);
};
