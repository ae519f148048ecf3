#include "RankingEngine.h"

#include "CollectiveRanking.h"
#include "ExclusionIndex.h"
#include "IdentityCode.h"
#include "PrizeAllocator.h"

#include <QHash>

#include <algorithm>
#include <array>
#include <vector>

namespace {

// Open addressing from identity code to contestant number: a million integer inserts
// with no allocation per entry.
class CodeTable
{
public:
    explicit CodeTable(qsizetype expected)
    {
        size_t capacity = 16;
        while (capacity < size_t(expected) * 2)
            capacity *= 2;
        m_codes.assign(capacity, 0);
        m_values.assign(capacity, -1);
        m_mask = capacity - 1;
    }
    // The number stored for code, or next (stored now) when the code is new.
    int findOrInsert(quint64 code, int next)
    {
        size_t i = size_t((code * 0x9E3779B97F4A7C15ULL) >> 20) & m_mask;
        while (m_codes[i] != 0) {
            if (m_codes[i] == code)
                return m_values[i];
            i = (i + 1) & m_mask;
        }
        m_codes[i] = code;
        m_values[i] = next;
        return next;
    }

private:
    std::vector<quint64> m_codes;
    std::vector<int> m_values;
    size_t m_mask = 0;
};

constexpr int MaxKeys = 6;

// A contestant's precomputed sort key: comparing it is a few integer comparisons.
struct SortRow
{
    std::array<qint64, MaxKeys> keys;
    int contestant;
};

struct Grouping
{
    std::vector<quint64> idCode, phoneCode; // per submission
    std::vector<quint64> contestantCode;    // per contestant
    std::vector<int> begin;                 // per contestant, into attemptOrder; + sentinel
};

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
    switch (key) {
    case RankingKey::Correct:
        return -qint64(s.correct);
    case RankingKey::PredictionError:
        return s.prediction >= target ? s.prediction - target : target - s.prediction;
    case RankingKey::Duration:
        return s.durationMs;
    case RankingKey::SubmittedAt:
        return s.submittedAt.utcMs;
    case RankingKey::Attempts:
        return consideredAttempts;
    case RankingKey::StartedAt:
        return s.startedAt.utcMs;
    }
    return 0;
}

Results RankingEngine::compute(const ContestSettings& settings, const QList<Unit>& units,
                               const QList<Exclusion>& exclusions,
                               const QList<GradedSubmission>& submissions,
                               const QList<TieDecision>& decisions)
{
    Results r;
    r.settings = settings;
    r.units = units;
    r.exclusions = exclusions;
    r.submissions = submissions;
    r.decisions = decisions;

    // 1. Identity of every valid submission, grouped into contestants.
    const int n = int(submissions.size());
    const GradedSubmission* subs = submissions.constData();
    Grouping g;
    g.idCode.assign(n, 0);
    g.phoneCode.assign(n, 0);
    std::vector<int> owner(n, -1);
    std::vector<int> count;
    {
        CodeTable table(n);
        for (int i = 0; i < n; ++i) {
            const GradedSubmission& s = subs[i];
            if (!s.valid) {
                ++r.invalidSubmissions;
                continue;
            }
            const quint64 id = IdentityCode::idNumber(s.idNumber);
            const quint64 phone = IdentityCode::phone(s.phone);
            const quint64 key = IdentityCode::key(id, phone);
            if (key == 0) { // upstream should have rejected it: nobody to rank
                ++r.invalidSubmissions;
                continue;
            }
            ++r.validSubmissions;
            g.idCode[i] = id;
            g.phoneCode[i] = phone;
            const int c = table.findOrInsert(key, int(g.contestantCode.size()));
            if (c == int(g.contestantCode.size())) {
                g.contestantCode.push_back(key);
                count.push_back(0);
            }
            owner[i] = c;
            ++count[c];
        }
    }
    const int contestants = int(g.contestantCode.size());
    r.contestants = contestants;

    // 2. Each contestant's attempts, in submission order (ties by id, for determinism).
    g.begin.assign(contestants + 1, 0);
    for (int c = 0; c < contestants; ++c)
        g.begin[c + 1] = g.begin[c] + count[c];
    r.attemptOrder.resize(r.validSubmissions);
    int* order = r.attemptOrder.data();
    {
        std::vector<int> fill(g.begin.begin(), g.begin.end() - 1);
        for (int i = 0; i < n; ++i) {
            if (owner[i] >= 0)
                order[fill[owner[i]]++] = i;
        }
    }
    auto bySubmission = [subs](int a, int b) {
        if (subs[a].submittedAt.utcMs != subs[b].submittedAt.utcMs)
            return subs[a].submittedAt.utcMs < subs[b].submittedAt.utcMs;
        return subs[a].id < subs[b].id;
    };
    for (int c = 0; c < contestants; ++c) {
        if (count[c] > 1)
            std::sort(order + g.begin[c], order + g.begin[c + 1], bySubmission);
    }

    // 3. The prediction target, then every contestant's counted attempt and sort key.
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
    const QList<RankingKey> keyOrder = effectiveOrder(settings);
    const int nk = int(std::min<qsizetype>(keyOrder.size(), MaxKeys));
    const qint64 target = r.predictionTarget;
    const int maxAttempts = settings.maxAttempts;
    auto less = [nk](const std::array<qint64, MaxKeys>& a, const std::array<qint64, MaxKeys>& b) {
        for (int k = 0; k < nk; ++k) {
            if (a[k] != b[k])
                return a[k] < b[k];
        }
        return false;
    };
    std::vector<SortRow> rows(contestants);
    std::vector<int> countedOf(contestants), considered(contestants);
    for (int c = 0; c < contestants; ++c) {
        const int first = g.begin[c];
        const int m = maxAttempts > 0 ? std::min(count[c], maxAttempts) : count[c];
        considered[c] = m;
        auto keysOf = [&](int sub) {
            std::array<qint64, MaxKeys> k{};
            for (int j = 0; j < nk; ++j)
                k[j] = keyValue(keyOrder[j], subs[sub], target, m);
            return k;
        };
        int chosen = order[first];
        if (settings.countedAttempt == CountedAttempt::Last)
            chosen = order[first + m - 1];
        SortRow& row = rows[c];
        row.contestant = c;
        row.keys = keysOf(chosen);
        if (settings.countedAttempt == CountedAttempt::Best) {
            // Strictly better only: among equal attempts the earliest counts.
            for (int j = first + 1; j < first + m; ++j) {
                const auto k = keysOf(order[j]);
                if (less(k, row.keys)) {
                    row.keys = k;
                    chosen = order[j];
                }
            }
        }
        countedOf[c] = chosen;
    }

    // 4. Sort; equal groups are then listed by contestant key.
    std::sort(rows.begin(), rows.end(),
              [&less](const SortRow& a, const SortRow& b) { return less(a.keys, b.keys); });
    const quint64* codes = g.contestantCode.data();
    std::vector<int> groupEnd(contestants), positionOf(contestants);
    for (int a = 0; a < contestants;) {
        int b = a + 1;
        while (b < contestants && !less(rows[a].keys, rows[b].keys))
            ++b;
        if (b - a > 1) {
            std::sort(rows.begin() + a, rows.begin() + b,
                      [codes](const SortRow& x, const SortRow& y) {
                          return IdentityCode::lessAsText(codes[x.contestant], codes[y.contestant]);
                      });
        }
        for (int i = a; i < b; ++i) {
            groupEnd[i] = b;
            positionOf[rows[i].contestant] = i;
        }
        a = b;
    }

    // 5. Rows, eligibility and certificates, in contestant order: that walks the
    // submissions roughly in memory order instead of jumping around in rank order.
    const ExclusionIndex excluded(exclusions);
    r.individual.resize(contestants);
    IndividualResult* out = r.individual.data();
    QHash<QString, int> unitIndex;
    QStringList unitCodes;
    std::vector<CollectiveRanking::Tally> tallies;
    std::vector<QList<int>> unitHits;
    const int perfectScore = settings.questionsPerAttempt;
    for (int c = 0; c < contestants; ++c) {
        const GradedSubmission& s = subs[countedOf[c]];
        IndividualResult& row = out[positionOf[c]];
        row.contestantCode = codes[c];
        row.counted = countedOf[c];
        row.firstAttempt = g.begin[c];
        row.validAttempts = count[c];
        row.consideredAttempts = considered[c];
        row.predictionError =
            s.prediction >= target ? s.prediction - target : target - s.prediction;
        // Every valid submission's ID number and phone, even a phone of someone known
        // by ID number, and even attempts past attempts.max: they are all this person.
        if (excluded.hasPersons()) {
            for (int j = g.begin[c]; j < g.begin[c + 1]; ++j) {
                excluded.matchPerson(g.idCode[order[j]], row.exclusionHits);
                excluded.matchPerson(g.phoneCode[order[j]], row.exclusionHits);
            }
        }
        if (!s.unitCode.isEmpty()) {
            auto it = unitIndex.constFind(s.unitCode);
            if (it == unitIndex.cend()) {
                it = unitIndex.insert(s.unitCode, int(unitCodes.size()));
                unitCodes << s.unitCode;
                tallies.emplace_back();
                unitHits.emplace_back();
                excluded.matchUnit(s.unitCode, unitHits.back());
            }
            CollectiveRanking::Tally& tally = tallies[*it];
            ++tally.contestants;
            tally.perfect += s.correct == perfectScore ? 1 : 0;
            tally.durationSum += s.durationMs;
            for (int e : unitHits[*it]) {
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
    for (int i = 0; i < contestants; ++i)
        out[i].rank = (i > 0 && groupEnd[i - 1] == groupEnd[i]) ? out[i - 1].rank : i + 1;

    // 6. Individual prizes, one equal group at a time, eligible people only.
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
