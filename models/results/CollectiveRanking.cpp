#include "CollectiveRanking.h"

#include "JudgesOrder.h"
#include "PrizeAllocator.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <tuple>
#include <vector>

namespace {
// Durations are never negative, so rounding half up is rounding half away from zero.
qint64 roundedAverage(CollectiveRanking::DurationSum sum, qint64 n)
{
#ifdef __SIZEOF_INT128__
    const __int128 q = sum / n;
    const __int128 rest = sum % n;
    return static_cast<qint64>(2 * rest >= n ? q + 1 : q);
#else
    return static_cast<qint64>(std::floor(sum / n + 0.5L));
#endif
}
} // namespace

void CollectiveRanking::compute(Results& r, const QStringList& codes,
                                const std::vector<Tally>& tallies,
                                const QList<TieDecision>& decisions)
{
    QHash<QString, int> known;
    for (int u = 0; u < r.units.size(); ++u)
        known.insert(r.units.at(u).code, u);

    QList<CollectiveResult>& out = r.collective;
    out.clear();
    out.reserve(qsizetype(tallies.size()));
    for (size_t t = 0; t < tallies.size(); ++t) {
        const Tally& tally = tallies[t];
        if (tally.contestants == 0) // a unit named only by attempts that did not count
            continue;
        CollectiveResult c;
        c.unitCode = codes.at(qsizetype(t));
        const int unit = known.value(c.unitCode, -1);
        c.knownUnit = unit >= 0;
        c.contestants = tally.contestants;
        c.perfect = tally.perfect;
        c.avgDurationMs = roundedAverage(tally.durationSum, tally.contestants);
        if (c.knownUnit) {
            const Unit& u = r.units.at(unit);
            c.eligible = u.collectiveEligible;
            if (u.headcount && *u.headcount > 0)
                c.participationRate = double(c.contestants) / *u.headcount;
        } else {
            c.eligible = false;
        }
        out << c;
    }
    auto keys = [](const CollectiveResult& c) {
        return std::make_tuple(-c.contestants, -c.perfect, c.avgDurationMs);
    };
    // Units that may not receive a collective prize (the public, the organising office, an
    // unregistered code) are listed after the ranked ones, without a rank: a ranking that
    // puts "the public" first names a winner that cannot win.
    std::sort(out.begin(), out.end(),
              [&keys](const CollectiveResult& a, const CollectiveResult& b) {
                  if (a.eligible != b.eligible)
                      return a.eligible;
                  const auto ka = keys(a), kb = keys(b);
                  return ka != kb ? ka < kb : a.unitCode < b.unitCode;
              });

    QStringList slots;
    for (int i = 0; i < r.settings.collectivePrizeCount; ++i)
        slots << QStringLiteral("collective");
    PrizeAllocator prizes(TieDecision::Scope::Collective, slots, decisions);
    qsizetype ranked = 0;
    while (ranked < out.size() && out.at(ranked).eligible)
        ++ranked;
    for (qsizetype i = ranked; i < out.size(); ++i)
        out[i].rank = 0; // unranked
    for (int a = 0; a < ranked;) {
        int b = a + 1;
        while (b < ranked && keys(out[b]) == keys(out[a]))
            ++b;
        QStringList members;
        QList<int> at;
        for (int i = a; i < b; ++i) {
            out[i].rank = a + 1;
            members << out[i].unitCode;
            at << i;
        }
        const PrizeAllocator::GroupAward award = prizes.award(members);
        for (int m = 0; m < at.size(); ++m) {
            out[at[m]].prize = !award.prizes.at(m).isEmpty();
            out[at[m]].unresolvedTie = award.unresolved;
            out[at[m]].decidedByJudges = award.decided;
        }
        if (award.decided)
            listInJudgesOrder(out.data(), a, b, at, award.order);
        a = b;
    }
    r.unresolvedTies << prizes.unresolvedTies();
    r.staleDecisions << prizes.staleDecisions();
}
