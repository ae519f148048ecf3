#pragma once

#include "contest/ContestSettings.h"

#include <algorithm>

// Which attempt of a person counts (rules.md, `attempts`): one owner for the ranking
// (RankingPass) and the statistics (CountedAttemptRule), which keep their attempts in
// their own forms. The attempts are in order of submitted_at, then submission id.
namespace CountedAttemptChoice {

// How many of a person's attempts are considered: the first `attempts.max` (0: all).
inline int considered(int attempts, int maxAttempts)
{
    return maxAttempts > 0 ? std::min(attempts, maxAttempts) : attempts;
}

// The position of the counted attempt among the `considered` first ones. For "best",
// `replaces(j)` tells whether attempt j ranks strictly above the attempt chosen so far
// (it is asked for j = 1, 2, ... in turn and may remember the choice it accepted): among
// equal attempts the earliest counts.
template <typename Replaces> int choose(CountedAttempt policy, int considered, Replaces&& replaces)
{
    if (considered <= 0)
        return -1;
    switch (policy) {
    case CountedAttempt::First:
        return 0;
    case CountedAttempt::Last:
        return considered - 1;
    case CountedAttempt::Best:
        break;
    }
    int chosen = 0;
    for (int j = 1; j < considered; ++j) {
        if (replaces(j, chosen))
            chosen = j;
    }
    return chosen;
}

} // namespace CountedAttemptChoice
