#include "RankingPass.h"

#include "CodeTable.h"
#include "CountedAttemptChoice.h"
#include "IdentityCode.h"
#include "JudgesOrder.h"
#include "ParallelFor.h"
#include "Prefetch.h"
#include "PrizeAllocator.h"
#include "RankingKeys.h"

#include <algorithm>
#include <utility>

namespace {
qint64 distance(qint64 prediction, qint64 target)
{
    return prediction >= target ? prediction - target : target - prediction;
}

// list.resize(n) with the storage, when it is large, on huge pages (core/HugePages.h):
// the advice has to come between the allocation and the first write.
template <typename T> void resizeOnHugePages(QList<T>& list, qsizetype n)
{
    list.reserve(n);
    HugePages::advise(list.constData(), size_t(n) * sizeof(T));
    list.resize(n);
}
} // namespace

RankingPass::RankingPass(Results& results, int workers)
    : m_r(results), m_subs(results.submissions.constData()), m_n(int(results.submissions.size())),
      m_workers(workers), m_excluded(results.exclusions)
{
}

RankingPass::SortKeys RankingPass::keysOf(const Facts& f, int considered) const
{
    SortKeys k{};
    for (int j = 0; j < m_keyCount; ++j) {
        k[j] = RankingKeys::value(m_keyOrder[j], f.correct, f.prediction, f.durationMs,
                                  f.submittedMs, f.startedMs, m_r.predictionTarget, considered);
    }
    return k;
}

void RankingPass::readSubmissions()
{
    m_facts.resize(size_t(m_n)); // not zero-filled (Facts())
    m_personExcluded.assign(m_n, 0);
    std::vector<UnitInterner> interners(m_workers);
    m_unitRanges.assign(m_workers, {0, 0});
    parallelFor(m_n, m_workers, [&](int from, int to, int w) {
        m_unitRanges[w] = {from, to};
        UnitInterner& units = interners[w];
        for (int i = from; i < to; ++i) {
            const GradedSubmission& s = m_subs[i];
            Facts& f = m_facts[i];
            f.unit = -1;
            if (!s.valid) {
                f.idCode = f.phoneCode = 0;
                continue;
            }
            f.idCode = IdentityCode::idNumber(s.idNumber);
            f.phoneCode = IdentityCode::phone(s.phone);
            f.prediction = s.prediction;
            f.durationMs = s.durationMs;
            f.submittedMs = s.submittedAt.utcMs;
            f.startedMs = s.startedAt.utcMs;
            f.correct = s.correct;
            bool isNew = false;
            if (!s.unitCode.isEmpty())
                f.unit = units.intern(s.unitCode, &isNew);
            if (m_excluded.hasPersons())
                m_personExcluded[i] =
                    m_excluded.hasPerson(f.idCode) || m_excluded.hasPerson(f.phoneCode);
        }
    });
    // Each worker numbered the units it met; one list for all, and per worker how its
    // numbers map into it (applied to counted attempts only, see unitOf()).
    UnitInterner all;
    m_unitRenumber.assign(m_workers, {});
    for (int w = 0; w < m_workers; ++w) {
        for (const QString& code : interners[w].codes()) {
            bool isNew = false;
            m_unitRenumber[w].push_back(all.intern(code, &isNew));
            if (isNew) {
                m_unitHits.emplace_back();
                m_excluded.matchUnit(code, m_unitHits.back());
            }
        }
    }
    m_unitCodes = all.codes();
}

int RankingPass::unitOf(int submission) const
{
    const int local = m_facts[submission].unit;
    if (local < 0)
        return -1;
    for (size_t w = 0; w < m_unitRanges.size(); ++w) {
        if (submission >= m_unitRanges[w].first && submission < m_unitRanges[w].second)
            return m_unitRenumber[w][local];
    }
    return -1; // unreachable: every submission was read by one worker
}

void RankingPass::groupContestants()
{
    m_owner.assign(m_n, -1);
    m_people.reserve(m_n); // untouched pages cost nothing; regrowing would copy them all
    CodeTable table(m_n);
    constexpr int Ahead = 16;
    for (int i = 0; i < m_n; ++i) {
        if (i + Ahead < m_n)
            table.prefetch(
                IdentityCode::key(m_facts[i + Ahead].idCode, m_facts[i + Ahead].phoneCode));
        const quint64 key = IdentityCode::key(m_facts[i].idCode, m_facts[i].phoneCode);
        if (key == 0) { // invalid upstream, or valid without any identity: nobody to rank
            ++m_r.invalidSubmissions;
            continue;
        }
        ++m_r.validSubmissions;
        const int c = table.findOrInsert(key, int(m_people.size()));
        if (c == int(m_people.size()))
            m_people.push_back(Person{key, 0, 0, 0, -1, 0, 0, 0, -1, false});
        m_owner[i] = c;
        ++m_people[c].count;
    }
    m_r.contestants = int(m_people.size());
    const ContestSettings& s = m_r.settings;
    m_r.predictionTarget = s.predictionTarget.valueFor(m_r.contestants, m_r.validSubmissions);
}

void RankingPass::orderAttempts()
{
    int next = 0;
    for (Person& p : m_people) {
        p.first = next;
        next += p.count;
    }
    resizeOnHugePages(m_r.attemptOrder, m_r.validSubmissions);
    int* order = m_r.attemptOrder.data();
    // Submission times beside the order, so sorting a person's attempts reads
    // neighbouring memory instead of jumping into the facts.
    m_orderMs.resize(m_r.validSubmissions);
    std::vector<int> fill(m_people.size());
    for (size_t c = 0; c < m_people.size(); ++c)
        fill[c] = m_people[c].first;
    for (int i = 0; i < m_n; ++i) {
        if (m_owner[i] >= 0) {
            const int at = fill[m_owner[i]]++;
            order[at] = i;
            m_orderMs[at] = m_facts[i].submittedMs;
        }
    }
}

void RankingPass::chooseCountedAttempts()
{
    m_keyOrder = RankingKeys::effectiveOrder(m_r.settings);
    m_keyCount = int(std::min<qsizetype>(m_keyOrder.size(), MaxKeys));
    m_rows.resize(m_people.size());
    int* order = m_r.attemptOrder.data();
    const ContestSettings& s = m_r.settings;
    auto before = [&](int x, int y) { // positions in order: by submitted_at, then id
        if (m_orderMs[x] != m_orderMs[y])
            return m_orderMs[x] < m_orderMs[y];
        return m_subs[order[x]].id < m_subs[order[y]].id;
    };
    parallelFor(int(m_people.size()), m_workers, [&](int from, int to, int) {
        constexpr int Ahead = 8;
        for (int c = from; c < to; ++c) {
            if (c + Ahead < to) {
                const Person& later = m_people[c + Ahead];
                for (int j = later.first; j < later.first + later.count; ++j)
                    prefetch(&m_facts[order[j]]);
            }
            Person& p = m_people[c];
            const int first = p.first, end = p.first + p.count;
            // Insertion sort: a person has a handful of attempts, usually in order already.
            for (int j = first + 1; j < end; ++j) {
                for (int k = j; k > first && before(k, k - 1); --k) {
                    std::swap(order[k], order[k - 1]);
                    std::swap(m_orderMs[k], m_orderMs[k - 1]);
                }
            }
            const int m = CountedAttemptChoice::considered(p.count, s.maxAttempts);
            p.considered = m;
            SortRow& row = m_rows[c];
            row.person = c;
            SortKeys best = keysOf(m_facts[order[first]], m);
            const int at = CountedAttemptChoice::choose(s.countedAttempt, m, [&](int j, int) {
                const SortKeys k = keysOf(m_facts[order[first + j]], m);
                if (!less(k, best))
                    return false;
                best = k;
                return true;
            });
            const int chosen = order[first + at];
            row.keys = s.countedAttempt == CountedAttempt::Best || at == 0
                           ? best
                           : keysOf(m_facts[chosen], m);
            p.counted = chosen;
            const Facts& f = m_facts[chosen];
            p.durationMs = f.durationMs;
            p.predictionError = distance(f.prediction, m_r.predictionTarget);
            p.correct = f.correct;
            p.unit = unitOf(chosen);
            p.excludedAttempt = false;
            for (int j = first; j < end; ++j)
                p.excludedAttempt = p.excludedAttempt || m_personExcluded[order[j]];
        }
    });
}

bool RankingPass::packRows(Big<PackedRow>& packed, int& bits) const
{
    const int count = int(m_rows.size());
    if (count == 0)
        return false;
    SortKeys lowest = m_rows[0].keys, highest = m_rows[0].keys;
    for (const SortRow& row : m_rows) {
        for (int k = 0; k < m_keyCount; ++k) {
            lowest[k] = std::min(lowest[k], row.keys[k]);
            highest[k] = std::max(highest[k], row.keys[k]);
        }
    }
    std::array<int, MaxKeys> keyBits{};
    int total = 0;
    for (int k = 0; k < m_keyCount; ++k) {
        quint64 range = quint64(highest[k]) - quint64(lowest[k]);
        while (range != 0) {
            ++keyBits[k];
            range >>= 1;
        }
        total += keyBits[k];
    }
    if (total > 128)
        return false;
    bits = total;
    packed.resize(count);
    for (int c = 0; c < count; ++c) {
        quint64 high = 0, low = 0;
        for (int k = 0; k < m_keyCount; ++k) { // the first key ends up most significant
            const int b = keyBits[k];
            if (b == 0)
                continue;
            high = b == 64 ? low : (high << b) | (low >> (64 - b));
            low = b == 64 ? 0 : low << b;
            low |= quint64(m_rows[c].keys[k]) - quint64(lowest[k]);
        }
        packed[c] = PackedRow{high, low, c};
    }
    return true;
}

// Sorts the packed rows by their keys in two steps: the rows are dealt into buckets by the
// top bits of their keys (one pass to count, one to move, in parallel slices), then each
// bucket, a few hundred rows at most in a real contest, is sorted on its own, the buckets
// spread over the workers. Half the comparisons of one std::sort of them all, and most of
// the work in parallel. The order of rows with equal keys is left to
// listEqualGroupsByKey(), so it does not depend on how they were sorted.
void RankingPass::sortPacked(Big<PackedRow>& packed, int bits) const
{
    const int count = int(packed.size());
    const int bucketBits = std::min(bits, 12);
    const size_t buckets = size_t(1) << bucketBits;
    const int shift = bits - bucketBits; // of the 128-bit key (high:low) to its top bits
    auto bucketOf = [shift, buckets](const PackedRow& row) {
        const quint64 top = shift >= 64  ? row.high >> (shift - 64)
                            : shift == 0 ? row.low
                                         : (row.high << (64 - shift)) | (row.low >> shift);
        return size_t(top & (buckets - 1));
    };
    auto less = [](const PackedRow& a, const PackedRow& b) {
        return a.high != b.high ? a.high < b.high : a.low < b.low;
    };
    // Bucket by bucket, each worker's slice after the one before: the counts of the first
    // pass become where each slice puts its rows in the second (same slices both times).
    std::vector<std::vector<int>> at(m_workers, std::vector<int>(buckets, 0));
    parallelFor(count, m_workers, [&](int from, int to, int w) {
        for (int i = from; i < to; ++i)
            ++at[w][bucketOf(packed[i])];
    });
    std::vector<int> bucketStart(buckets + 1, 0);
    int next = 0;
    for (size_t b = 0; b < buckets; ++b) {
        bucketStart[b] = next;
        for (int w = 0; w < m_workers; ++w) {
            const int n = at[w][b];
            at[w][b] = next;
            next += n;
        }
    }
    bucketStart[buckets] = next;
    Big<PackedRow> dealt(packed.size());
    parallelFor(count, m_workers, [&](int from, int to, int w) {
        std::vector<int>& place = at[w];
        for (int i = from; i < to; ++i)
            dealt[size_t(place[bucketOf(packed[i])]++)] = packed[i];
    });
    // Buckets to workers in contiguous runs of about the same number of rows.
    parallelFor(count, m_workers, [&](int from, int to, int) {
        const auto first = std::lower_bound(bucketStart.begin(), bucketStart.end() - 1, from);
        for (size_t b = size_t(first - bucketStart.begin()); b < buckets && bucketStart[b] < to;
             ++b)
            std::sort(dealt.begin() + bucketStart[b], dealt.begin() + bucketStart[b + 1], less);
    });
    packed.swap(dealt);
}

void RankingPass::sortRanking()
{
    const int count = int(m_rows.size());
    m_rankOrder.resize(count);
    m_groupEnd.resize(count);
    Big<PackedRow> packed;
    int bits = 0;
    if (packRows(packed, bits)) {
        sortPacked(packed, bits);
        for (int i = count - 1; i >= 0; --i) {
            m_rankOrder[i] = packed[i].person;
            const bool sameAsNext = i + 1 < count && packed[i].high == packed[i + 1].high &&
                                    packed[i].low == packed[i + 1].low;
            m_groupEnd[i] = sameAsNext ? m_groupEnd[i + 1] : i + 1;
        }
    } else {
        Big<SortRow> rows = m_rows;
        std::sort(rows.begin(), rows.end(),
                  [this](const SortRow& a, const SortRow& b) { return less(a.keys, b.keys); });
        for (int i = count - 1; i >= 0; --i) {
            m_rankOrder[i] = rows[i].person;
            const bool sameAsNext = i + 1 < count && !less(rows[i].keys, rows[i + 1].keys);
            m_groupEnd[i] = sameAsNext ? m_groupEnd[i + 1] : i + 1;
        }
    }
    listEqualGroupsByKey();
}

void RankingPass::listEqualGroupsByKey()
{
    const int count = int(m_rankOrder.size());
    for (int a = 0; a < count; a = m_groupEnd[a]) {
        if (m_groupEnd[a] - a > 1) {
            std::sort(m_rankOrder.begin() + a, m_rankOrder.begin() + m_groupEnd[a],
                      [this](int x, int y) {
                          return IdentityCode::lessAsText(m_people[x].code, m_people[y].code);
                      });
        }
    }
}

void RankingPass::buildRows()
{
    const int count = int(m_rankOrder.size());
    resizeOnHugePages(m_r.individual, count);
    IndividualResult* out = m_r.individual.data();
    const int* order = m_r.attemptOrder.constData();
    const ContestSettings& s = m_r.settings;
    std::vector<std::vector<CollectiveRanking::Tally>> shares(
        m_workers, std::vector<CollectiveRanking::Tally>(m_unitCodes.size()));
    // In rank order: the rows are written in order, and each reads one person.
    parallelFor(count, m_workers, [&](int from, int to, int w) {
        std::vector<CollectiveRanking::Tally>& tallies = shares[w];
        constexpr int Ahead = 8;
        for (int i = from; i < to; ++i) {
            if (i + Ahead < to)
                prefetch(&m_people[m_rankOrder[i + Ahead]]);
            const Person& p = m_people[m_rankOrder[i]];
            IndividualResult& row = out[i];
            row.contestantCode = p.code;
            row.counted = p.counted;
            row.firstAttempt = p.first;
            row.validAttempts = p.count;
            row.consideredAttempts = p.considered;
            row.predictionError = p.predictionError;
            // Every valid submission's ID number and phone, even a phone of someone
            // known by ID number, and attempts past attempts.max: all are this person.
            for (int j = p.first; p.excludedAttempt && j < p.first + p.count; ++j) {
                if (m_personExcluded[order[j]]) {
                    m_excluded.matchPerson(m_facts[order[j]].idCode, row.exclusionHits);
                    m_excluded.matchPerson(m_facts[order[j]].phoneCode, row.exclusionHits);
                }
            }
            if (p.unit >= 0) { // the unit of the counted attempt
                CollectiveRanking::Tally& tally = tallies[p.unit];
                ++tally.contestants;
                tally.perfect += p.correct == s.questionsPerAttempt ? 1 : 0;
                tally.durationSum += p.durationMs;
                for (int e : m_unitHits[p.unit]) {
                    if (!row.exclusionHits.contains(e))
                        row.exclusionHits << e;
                }
            }
            if (!row.exclusionHits.isEmpty()) {
                std::sort(row.exclusionHits.begin(), row.exclusionHits.end());
                row.eligible = false;
                QStringList why;
                for (int e : std::as_const(row.exclusionHits))
                    why << ExclusionIndex::describe(m_r.exclusions.at(e));
                row.reason = why.join(QLatin1String("; "));
            }
            row.certificate = row.eligible && p.correct >= s.certificateMinCorrect;
        }
    });
    for (int i = 0; i < count; ++i)
        out[i].rank = (i > 0 && m_groupEnd[i - 1] == m_groupEnd[i]) ? out[i - 1].rank : i + 1;
    m_tallies.assign(m_unitCodes.size(), {});
    for (const auto& share : shares) {
        for (size_t u = 0; u < share.size(); ++u) {
            m_tallies[u].contestants += share[u].contestants;
            m_tallies[u].perfect += share[u].perfect;
            m_tallies[u].durationSum += share[u].durationSum;
        }
    }
}

void RankingPass::awardPrizes()
{
    QStringList slots;
    for (const PrizeTier& tier : m_r.settings.individualPrizes) {
        for (int k = 0; k < tier.count; ++k)
            slots << tier.key;
    }
    QList<TieDecision> individual, collective;
    for (const TieDecision& d : m_r.decisions)
        (d.scope == TieDecision::Scope::Collective ? collective : individual) << d;

    PrizeAllocator prizes(TieDecision::Scope::Individual, slots, individual);
    IndividualResult* out = m_r.individual.data();
    const int count = int(m_r.individual.size());
    for (int a = 0; a < count && !prizes.exhausted(); a = m_groupEnd[a]) {
        QStringList members;
        QList<int> at;
        for (int i = a; i < m_groupEnd[a]; ++i) {
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
        if (award.decided)
            listInJudgesOrder(out, a, m_groupEnd[a], at, award.order);
    }
    m_r.unresolvedTies = prizes.unresolvedTies();
    m_r.staleDecisions = prizes.staleDecisions();
    CollectiveRanking::compute(m_r, m_unitCodes, m_tallies, collective);
}
