#include "RankingEngine.h"

#include "CodeTable.h"
#include "CollectiveRanking.h"
#include "ExclusionIndex.h"
#include "IdentityCode.h"
#include "ParallelFor.h"
#include "PrizeAllocator.h"
#include "UnitInterner.h"

#include <QHash>

#include <algorithm>
#include <array>
#include <thread>
#include <vector>

namespace {

constexpr int MaxKeys = 6;
using SortKeys = std::array<qint64, MaxKeys>;

// What ranking reads from a submission, copied once into a compact array: the later
// passes jump between a person's attempts, and 56 bytes per jump beat a GradedSubmission
// with its strings.
struct Facts
{
    quint64 idCode = 0;
    quint64 phoneCode = 0;
    qint64 prediction = 0;
    qint64 durationMs = 0;
    qint64 submittedMs = 0;
    qint64 startedMs = 0;
    int correct = 0;
};

qint64 distance(qint64 prediction, qint64 target)
{
    return prediction >= target ? prediction - target : target - prediction;
}

qint64 factKey(RankingKey key, const Facts& f, qint64 target, int consideredAttempts)
{
    switch (key) {
    case RankingKey::Correct:
        return -qint64(f.correct);
    case RankingKey::PredictionError:
        return distance(f.prediction, target);
    case RankingKey::Duration:
        return f.durationMs;
    case RankingKey::SubmittedAt:
        return f.submittedMs;
    case RankingKey::Attempts:
        return consideredAttempts;
    case RankingKey::StartedAt:
        return f.startedMs;
    }
    return 0;
}

// A contestant's precomputed sort key: comparing it is a few integer comparisons.
struct SortRow
{
    SortKeys keys;
    int contestant;
};

// One worker's share of the unit tallies, merged after the parallel pass.
struct UnitShare
{
    UnitInterner units;
    std::vector<CollectiveRanking::Tally> tallies;
    std::vector<QList<int>> exclusionHits;
};

int workerCount(int maxThreads)
{
    const int hardware = int(std::max(1u, std::thread::hardware_concurrency()));
    return maxThreads > 0 ? maxThreads : std::min(hardware, 4);
}

} // namespace

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
    Facts f;
    f.correct = s.correct;
    f.prediction = s.prediction;
    f.durationMs = s.durationMs;
    f.submittedMs = s.submittedAt.utcMs;
    f.startedMs = s.startedAt.utcMs;
    return factKey(key, f, target, consideredAttempts);
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
    const int workers = workerCount(maxThreads);

    // 1. Facts and identity codes of every submission (in parallel: no shared writes).
    const int n = int(submissions.size());
    const GradedSubmission* subs = submissions.constData();
    std::vector<Facts> facts(n);
    parallelFor(n, workers, [&](int begin, int end, int) {
        for (int i = begin; i < end; ++i) {
            const GradedSubmission& s = subs[i];
            if (!s.valid)
                continue; // codes stay 0: not ranked
            Facts& f = facts[i];
            f.idCode = IdentityCode::idNumber(s.idNumber);
            f.phoneCode = IdentityCode::phone(s.phone);
            f.prediction = s.prediction;
            f.durationMs = s.durationMs;
            f.submittedMs = s.submittedAt.utcMs;
            f.startedMs = s.startedAt.utcMs;
            f.correct = s.correct;
        }
    });

    // 2. Contestants, numbered in order of first appearance.
    std::vector<int> owner(n, -1);
    std::vector<int> count;
    std::vector<quint64> codes; // per contestant
    {
        CodeTable table(n);
        for (int i = 0; i < n; ++i) {
            const quint64 key = IdentityCode::key(facts[i].idCode, facts[i].phoneCode);
            if (key == 0) { // invalid upstream, or valid without any identity: nobody to rank
                ++r.invalidSubmissions;
                continue;
            }
            ++r.validSubmissions;
            const int c = table.findOrInsert(key, int(codes.size()));
            if (c == int(codes.size())) {
                codes.push_back(key);
                count.push_back(0);
            }
            owner[i] = c;
            ++count[c];
        }
    }
    const int contestants = int(codes.size());
    r.contestants = contestants;

    // 3. Each contestant's attempts, in submission order (ties by id, for determinism).
    std::vector<int> begin(contestants + 1, 0);
    for (int c = 0; c < contestants; ++c)
        begin[c + 1] = begin[c] + count[c];
    r.attemptOrder.resize(r.validSubmissions);
    int* order = r.attemptOrder.data();
    // Submission times beside the order, so sorting a person's attempts reads
    // neighbouring memory instead of jumping into facts.
    std::vector<qint64> orderMs(r.validSubmissions);
    {
        std::vector<int> fill(begin.begin(), begin.end() - 1);
        for (int i = 0; i < n; ++i) {
            if (owner[i] >= 0) {
                const int at = fill[owner[i]]++;
                order[at] = i;
                orderMs[at] = facts[i].submittedMs;
            }
        }
    }
    switch (settings.predictionTarget.kind) {
    case PredictionTarget::Kind::Contestants:
        r.predictionTarget = contestants;
        break;
    case PredictionTarget::Kind::Submissions:
        r.predictionTarget = r.validSubmissions;
        break;
    case PredictionTarget::Kind::Fixed:
        r.predictionTarget = settings.predictionTarget.fixedValue;
        break;
    }

    // 4. Counted attempt and sort key of every contestant.
    const QList<RankingKey> keyOrder = effectiveOrder(settings);
    const int nk = int(std::min<qsizetype>(keyOrder.size(), MaxKeys));
    const qint64 target = r.predictionTarget;
    auto less = [nk](const SortKeys& a, const SortKeys& b) {
        for (int k = 0; k < nk; ++k) {
            if (a[k] != b[k])
                return a[k] < b[k];
        }
        return false;
    };
    std::vector<SortRow> rows(contestants);
    std::vector<int> countedOf(contestants), considered(contestants);
    parallelFor(contestants, workers, [&](int from, int to, int) {
        auto before = [&](int x, int y) { // positions in order
            if (orderMs[x] != orderMs[y])
                return orderMs[x] < orderMs[y];
            return subs[order[x]].id < subs[order[y]].id;
        };
        for (int c = from; c < to; ++c) {
            const int first = begin[c];
            // Insertion sort: a person has a handful of attempts, usually in order already.
            for (int j = first + 1; j < begin[c + 1]; ++j) {
                for (int k = j; k > first && before(k, k - 1); --k) {
                    std::swap(order[k], order[k - 1]);
                    std::swap(orderMs[k], orderMs[k - 1]);
                }
            }
            const int m =
                settings.maxAttempts > 0 ? std::min(count[c], settings.maxAttempts) : count[c];
            considered[c] = m;
            auto keysOf = [&](int sub) {
                SortKeys k{};
                for (int j = 0; j < nk; ++j)
                    k[j] = factKey(keyOrder[j], facts[sub], target, m);
                return k;
            };
            int chosen = settings.countedAttempt == CountedAttempt::Last ? order[first + m - 1]
                                                                         : order[first];
            SortRow& row = rows[c];
            row.contestant = c;
            row.keys = keysOf(chosen);
            if (settings.countedAttempt == CountedAttempt::Best) {
                // Strictly better only: among equal attempts the earliest counts.
                for (int j = first + 1; j < first + m; ++j) {
                    const SortKeys k = keysOf(order[j]);
                    if (less(k, row.keys)) {
                        row.keys = k;
                        chosen = order[j];
                    }
                }
            }
            countedOf[c] = chosen;
        }
    });

    // 5. Sort; equal groups are then listed by contestant key.
    std::sort(rows.begin(), rows.end(),
              [&less](const SortRow& a, const SortRow& b) { return less(a.keys, b.keys); });
    std::vector<int> groupEnd(contestants), positionOf(contestants);
    for (int a = 0; a < contestants;) {
        int b = a + 1;
        while (b < contestants && !less(rows[a].keys, rows[b].keys))
            ++b;
        if (b - a > 1) {
            std::sort(rows.begin() + a, rows.begin() + b,
                      [&codes](const SortRow& x, const SortRow& y) {
                          return IdentityCode::lessAsText(codes[x.contestant], codes[y.contestant]);
                      });
        }
        for (int i = a; i < b; ++i) {
            groupEnd[i] = b;
            positionOf[rows[i].contestant] = i;
        }
        a = b;
    }

    // 6. Rows, eligibility, certificates and unit tallies, in contestant order: that
    // walks the submissions roughly in memory order instead of jumping in rank order.
    const ExclusionIndex excluded(exclusions);
    r.individual.resize(contestants);
    IndividualResult* out = r.individual.data();
    std::vector<UnitShare> shares(workers);
    parallelFor(contestants, workers, [&](int from, int to, int w) {
        UnitShare& share = shares[w];
        for (int c = from; c < to; ++c) {
            const GradedSubmission& s = subs[countedOf[c]];
            IndividualResult& row = out[positionOf[c]];
            row.contestantCode = codes[c];
            row.counted = countedOf[c];
            row.firstAttempt = begin[c];
            row.validAttempts = count[c];
            row.consideredAttempts = considered[c];
            row.predictionError = distance(s.prediction, target);
            // Every valid submission's ID number and phone, even a phone of someone
            // known by ID number, and attempts past attempts.max: all are this person.
            if (excluded.hasPersons()) {
                for (int j = begin[c]; j < begin[c + 1]; ++j) {
                    excluded.matchPerson(facts[order[j]].idCode, row.exclusionHits);
                    excluded.matchPerson(facts[order[j]].phoneCode, row.exclusionHits);
                }
            }
            if (!s.unitCode.isEmpty()) {
                bool isNew = false;
                const int u = share.units.intern(s.unitCode, &isNew);
                if (isNew) {
                    share.tallies.emplace_back();
                    share.exclusionHits.emplace_back();
                    excluded.matchUnit(s.unitCode, share.exclusionHits.back());
                }
                CollectiveRanking::Tally& tally = share.tallies[u];
                ++tally.contestants;
                tally.perfect += s.correct == settings.questionsPerAttempt ? 1 : 0;
                tally.durationSum += s.durationMs;
                for (int e : share.exclusionHits[u]) {
                    if (!row.exclusionHits.contains(e))
                        row.exclusionHits << e;
                }
            }
            if (!row.exclusionHits.isEmpty()) {
                std::sort(row.exclusionHits.begin(), row.exclusionHits.end());
                row.eligible = false;
                QStringList why;
                for (int e : std::as_const(row.exclusionHits))
                    why << ExclusionIndex::describe(exclusions.at(e));
                row.reason = why.join(QLatin1String("; "));
            }
            row.certificate = row.eligible && s.correct >= settings.certificateMinCorrect;
        }
    });
    for (int i = 0; i < contestants; ++i)
        out[i].rank = (i > 0 && groupEnd[i - 1] == groupEnd[i]) ? out[i - 1].rank : i + 1;

    QHash<QString, int> unitIndex;
    QStringList unitCodes;
    std::vector<CollectiveRanking::Tally> tallies;
    for (const UnitShare& share : shares) {
        const QStringList& shareCodes = share.units.codes();
        for (int u = 0; u < shareCodes.size(); ++u) {
            auto it = unitIndex.constFind(shareCodes.at(u));
            if (it == unitIndex.cend()) {
                it = unitIndex.insert(shareCodes.at(u), int(unitCodes.size()));
                unitCodes << shareCodes.at(u);
                tallies.emplace_back();
            }
            tallies[*it].contestants += share.tallies[u].contestants;
            tallies[*it].perfect += share.tallies[u].perfect;
            tallies[*it].durationSum += share.tallies[u].durationSum;
        }
    }

    // 7. Individual prizes, one equal group at a time, eligible people only.
    QStringList slots;
    for (const PrizeTier& tier : settings.individualPrizes) {
        for (int k = 0; k < tier.count; ++k)
            slots << tier.key;
    }
    QList<TieDecision> individualDecisions, collectiveDecisions;
    for (const TieDecision& d : decisions) {
        (d.scope == TieDecision::Scope::Collective ? collectiveDecisions : individualDecisions)
            << d;
    }
    PrizeAllocator prizes(TieDecision::Scope::Individual, slots, individualDecisions);
    for (int a = 0; a < contestants && !prizes.exhausted(); a = groupEnd[a]) {
        QStringList members;
        QList<int> at;
        for (int i = a; i < groupEnd[a]; ++i) {
            if (out[i].eligible) {
                members << out[i].contestant();
                at << i;
            }
        }
        const PrizeAllocator::GroupAward award = prizes.award(members);
        for (int m = 0; m < at.size(); ++m) {
            out[at[m]].prize = award.prizes.at(m);
            out[at[m]].unresolvedTie = award.unresolved;
            out[at[m]].decidedByJudges = award.decided;
        }
    }
    r.unresolvedTies = prizes.unresolvedTies();
    r.staleDecisions = prizes.staleDecisions();

    CollectiveRanking::compute(r, unitCodes, tallies, collectiveDecisions);
    return r;
}
