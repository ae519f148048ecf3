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
// Where the rules are silent, it decides (and the tests pin down):
// - a submission marked valid but with neither a usable ID number nor phone cannot be
//   anybody's: it counts as invalid;
// - the "submissions" prediction target and valid_submissions count every valid
//   submission, also those past attempts.max (they are valid, they just do not count);
// - the exclusion check looks at every valid submission of the person, also those past
//   attempts.max; the unit check only at the counted attempt (rules.md);
// - "best" among attempts equal on every ranking key is the earliest submitted; equal
//   submitted_at is broken by submission id, so the result never depends on input order;
// - an empty ranking order means the default order; a repeated key is ignored;
// - equal contestants keep one competition rank even after the judges decide their
//   tie: the decision only orders the prizes; listing stays by contestant key;
// - a judges' decision applies when its prize equals the tie's best prize at stake and
//   its members equal the tie's members as a set, and its order names each member once;
//   otherwise, or when a second decision matches the same tie, it is reported stale;
// - unit codes are compared exactly as submitted.
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
};
