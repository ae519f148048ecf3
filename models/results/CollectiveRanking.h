#pragma once

#include "Results.h"
#include "TieDecision.h"

#include <QList>
#include <QStringList>

#include <vector>

// The collective ranking (rules.md, "Collective prizes"): units by number of distinct
// contestants, then perfect scores, then average duration of counted attempts.
//
// Decisions where the rules are silent:
// - only Unit::collectiveEligible decides who may receive a collective prize; a unit on
//   the exclusion list still may, because that list is about individual prizes (plan,
//   section II.1); the committee marks the organising office with collective_eligible=0.
// - a unit code that is not in the units list is still counted and listed under that
//   code (knownUnit=false), but never receives a prize: nobody can defend giving a prize
//   to a unit the committee never registered.
// - contestants who gave no unit code are counted in no unit.
class CollectiveRanking
{
public:
#ifdef __SIZEOF_INT128__
    // A duration is only bounded by the timestamps a server sends: a million absurd ones
    // must not overflow the sum (UBSan found it in the randomized test).
    using DurationSum = __int128;
#else
    using DurationSum = long double;
#endif
    // What the engine counts for one unit code while it walks the contestants.
    struct Tally
    {
        int contestants = 0;
        int perfect = 0;
        DurationSum durationSum = 0;
    };
    // Fills results.collective from the tallies (codes[i] is tallies[i]'s unit code) and
    // appends its unresolved ties and stale decisions.
    static void compute(Results& results, const QStringList& codes,
                        const std::vector<Tally>& tallies, const QList<TieDecision>& decisions);
};
