#pragma once

#include <cmath>

#include "contest/ContestSettings.h"
#include "core/Identity.h"
#include "results/GradedSubmission.h"
#include "results/TieDecision.h"
#include "units/Exclusion.h"
#include "units/Unit.h"

#include <QMap>
#include <QSet>
#include <QStringList>

#include <algorithm>

// A deliberately simple second reading of the rules, written from rules.md and
// contestctl.md without looking for speed: strings everywhere, a rank is one plus the
// number of people strictly better, every list is searched from the start.
namespace NaiveRanking {

struct Row
{
    QString key, counted;
    QList<qint64> keys;
    int rank = 0, considered = 0;
    qint64 error = 0;
    bool eligible = true, tie = false, decided = false, certificate = false;
    QList<int> hits;
    QString prize, unit;
};
struct Unit_
{
    QString code;
    int contestants = 0, perfect = 0, rank = 0;
#ifdef __SIZEOF_INT128__
    __int128 sum = 0; // exact even for absurd durations
#else
    long double sum = 0;
#endif
    qint64 avg = 0;
    bool eligible = false, prize = false, tie = false;
    QList<qint64> keys;
};
struct Tie
{
    bool collective;
    QString prize;
    QStringList members;
};
struct Outcome
{
    qint64 target = 0;
    int contestants = 0, valid = 0, invalid = 0;
    QList<Row> rows;
    QList<Unit_> units;
    QList<Tie> ties;
    QList<int> staleDecisions; // indices into the decisions given
};

inline qint64 keyOf(RankingKey k, const GradedSubmission& s, qint64 target, int attempts)
{
    switch (k) {
    case RankingKey::Correct:
        return -s.correct;
    case RankingKey::PredictionError:
        return qAbs(s.prediction - target);
    case RankingKey::Duration:
        return s.durationMs;
    case RankingKey::SubmittedAt:
        return s.submittedAt.utcMs;
    case RankingKey::Attempts:
        return attempts;
    case RankingKey::StartedAt:
        return s.startedAt.utcMs;
    }
    return 0;
}

// Hands out slots group by group; groups: member names of each equal group (eligible only).
inline QList<QStringList> award(const QStringList& slots, const QList<QStringList>& groups,
                                const QList<TieDecision>& decisions, QList<bool>& used,
                                bool collective, QList<Tie>& ties, QList<QList<bool>>& flags,
                                QList<QStringList>& orders)
{
    QList<QStringList> prizes;
    int pos = 0;
    for (const QStringList& members : groups) {
        QStringList got(members.size());
        QStringList decidedOrder;
        QList<bool> f{false, false}; // tie, decided
        if (!members.isEmpty() && pos < slots.size()) {
            QStringList spanned;
            for (int i = 0; i < members.size(); ++i)
                spanned << (pos + i < slots.size() ? slots[pos + i] : QString());
            bool same = true;
            for (const QString& p : spanned)
                same = same && p == spanned[0];
            if (same) {
                got = spanned;
            } else {
                int found = -1;
                for (int d = 0; d < decisions.size() && found < 0; ++d) {
                    const TieDecision& td = decisions[d];
                    if (used[d] || (td.scope == TieDecision::Scope::Collective) != collective)
                        continue;
                    QStringList a = td.members, b = members, o = td.order;
                    std::sort(a.begin(), a.end());
                    std::sort(b.begin(), b.end());
                    std::sort(o.begin(), o.end());
                    if (td.prize == spanned[0] && a == b && o == b)
                        found = d;
                }
                if (found >= 0) {
                    used[found] = true;
                    for (int i = 0; i < members.size(); ++i)
                        got[members.indexOf(decisions[found].order[i])] = spanned[i];
                    decidedOrder = decisions[found].order;
                    f[1] = true;
                } else {
                    ties << Tie{collective, spanned[0], members};
                    f[0] = true;
                }
            }
            pos += members.size();
        }
        prizes << got;
        flags << f;
        orders << decidedOrder;
    }
    return prizes;
}

// A decided group is listed in the judges' order, one rank after the other from the
// group's rank, its ineligible members after them on the next rank. `groupOf`: the
// listing's groups in order, each a list of row indices; orders[g]: the decided order.
template <typename R, typename Name>
inline QList<R> listDecided(const QList<R>& list, const QList<QList<int>>& groupOf,
                            const QList<QStringList>& orders, Name name)
{
    QList<R> out;
    for (int g = 0; g < groupOf.size(); ++g) {
        if (orders[g].isEmpty()) {
            for (int i : groupOf[g])
                out << list[i];
            continue;
        }
        int rank = list[groupOf[g].first()].rank;
        for (const QString& who : orders[g]) {
            for (int i : groupOf[g]) {
                if (list[i].eligible && name(list[i]) == who) {
                    out << list[i];
                    out.last().rank = rank++;
                }
            }
        }
        for (int i : groupOf[g]) {
            if (!list[i].eligible) {
                out << list[i];
                out.last().rank = rank;
            }
        }
    }
    return out;
}

inline Outcome compute(const ContestSettings& s, const QList<Unit>& units,
                       const QList<Exclusion>& ex, const QList<GradedSubmission>& subs,
                       const QList<TieDecision>& decisions)
{
    Outcome out;
    QMap<QString, QList<GradedSubmission>> people;
    for (const GradedSubmission& sub : subs) {
        const QString key = Identity::contestantKey(sub.idNumber, sub.phone);
        if (!sub.valid || key.isEmpty()) {
            ++out.invalid;
            continue;
        }
        ++out.valid;
        people[key] << sub;
    }
    out.contestants = int(people.size());
    out.target = s.predictionTarget.kind == PredictionTarget::Kind::Contestants ? out.contestants
                 : s.predictionTarget.kind == PredictionTarget::Kind::Submissions
                     ? out.valid
                     : s.predictionTarget.fixedValue;
    QList<RankingKey> order;
    for (RankingKey k :
         s.rankingOrder.isEmpty() ? ContestSettings::defaults().rankingOrder : s.rankingOrder)
        if (!order.contains(k))
            order << k;

    QList<Row> rows;
    for (auto it = people.begin(); it != people.end(); ++it) {
        QList<GradedSubmission> att = it.value();
        std::stable_sort(att.begin(), att.end(),
                         [](const GradedSubmission& a, const GradedSubmission& b) {
                             return a.submittedAt.utcMs != b.submittedAt.utcMs
                                        ? a.submittedAt.utcMs < b.submittedAt.utcMs
                                        : a.id < b.id;
                         });
        const int m = s.maxAttempts > 0 ? qMin(int(att.size()), s.maxAttempts) : int(att.size());
        auto keys = [&](const GradedSubmission& g) {
            QList<qint64> k;
            for (RankingKey rk : order)
                k << keyOf(rk, g, out.target, m);
            return k;
        };
        int chosen = s.countedAttempt == CountedAttempt::Last ? m - 1 : 0;
        if (s.countedAttempt == CountedAttempt::Best) {
            for (int j = 1; j < m; ++j)
                if (keys(att[j]) < keys(att[chosen]))
                    chosen = j;
        }
        const GradedSubmission& c = att[chosen];
        Row row;
        row.key = it.key();
        row.counted = c.id;
        row.keys = keys(c);
        row.considered = m;
        row.error = qAbs(c.prediction - out.target);
        row.unit = c.unitCode;
        for (const GradedSubmission& a : att) {
            for (int e = 0; e < ex.size(); ++e) {
                const bool hit =
                    (ex[e].type == "id_number" &&
                     !Identity::normalizeIdNumber(a.idNumber).isEmpty() &&
                     ex[e].value == Identity::normalizeIdNumber(a.idNumber)) ||
                    (ex[e].type == "phone" && !Identity::normalizePhone(a.phone).isEmpty() &&
                     ex[e].value == Identity::normalizePhone(a.phone));
                if (hit && !row.hits.contains(e))
                    row.hits << e;
            }
        }
        for (int e = 0; e < ex.size(); ++e)
            if (ex[e].type == "unit" && ex[e].value == c.unitCode && !c.unitCode.isEmpty() &&
                !row.hits.contains(e))
                row.hits << e;
        std::sort(row.hits.begin(), row.hits.end());
        row.eligible = row.hits.isEmpty();
        row.certificate = row.eligible && c.correct >= s.certificateMinCorrect;
        rows << row;
    }
    for (Row& r : rows) {
        r.rank = 1;
        for (const Row& o : rows)
            if (o.keys < r.keys)
                ++r.rank;
    }
    std::sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
        return a.rank != b.rank ? a.rank < b.rank : a.key < b.key;
    });

    QStringList slots;
    for (const PrizeTier& t : s.individualPrizes)
        for (int i = 0; i < t.count; ++i)
            slots << t.key;
    QList<bool> used(decisions.size(), false);
    QList<QStringList> groups;
    QList<QList<int>> groupRows, allRows;
    for (int i = 0; i < rows.size(); ++i) {
        if (i == 0 || rows[i].rank != rows[i - 1].rank) {
            groups << QStringList();
            groupRows << QList<int>();
            allRows << QList<int>();
        }
        allRows.last() << i;
        if (rows[i].eligible) {
            groups.last() << rows[i].key;
            groupRows.last() << i;
        }
    }
    QList<QList<bool>> flags;
    QList<QStringList> orders;
    const QList<QStringList> prizes =
        award(slots, groups, decisions, used, false, out.ties, flags, orders);
    for (int g = 0; g < groups.size(); ++g)
        for (int m = 0; m < groupRows[g].size(); ++m) {
            Row& r = rows[groupRows[g][m]];
            r.prize = prizes[g][m];
            r.tie = flags[g][0];
            r.decided = flags[g][1];
        }
    out.rows = listDecided(rows, allRows, orders, [](const Row& r) { return r.key; });

    QMap<QString, Unit_> tally;
    for (const Row& r : rows) {
        if (r.unit.isEmpty())
            continue;
        Unit_& u = tally[r.unit];
        u.code = r.unit;
        ++u.contestants;
        for (const GradedSubmission& sub : subs)
            if (sub.id == r.counted) {
                u.perfect += sub.correct == s.questionsPerAttempt;
                u.sum += sub.durationMs;
            }
    }
    QList<Unit_> list;
    for (Unit_ u : tally) {
#ifdef __SIZEOF_INT128__
        u.avg = static_cast<qint64>(u.sum / u.contestants + (2 * (u.sum % u.contestants) >= u.contestants ? 1 : 0));
#else
        u.avg = static_cast<qint64>(std::floor(u.sum / u.contestants + 0.5L));
#endif
        for (const Unit& known : units)
            if (known.code == u.code)
                u.eligible = known.collectiveEligible;
        u.keys = {-u.contestants, -u.perfect, u.avg};
        list << u;
    }
    // Only units that may receive a collective prize are ranked; the others follow them,
    // rank 0, by the same keys.
    for (Unit_& u : list) {
        u.rank = 0;
        if (!u.eligible)
            continue;
        u.rank = 1;
        for (const Unit_& o : list)
            if (o.eligible && o.keys < u.keys)
                ++u.rank;
    }
    std::sort(list.begin(), list.end(), [](const Unit_& a, const Unit_& b) {
        if (a.eligible != b.eligible)
            return a.eligible;
        if (a.keys != b.keys)
            return a.keys < b.keys;
        return a.code < b.code;
    });
    QStringList unitSlots(s.collectivePrizeCount, QStringLiteral("collective"));
    groups.clear();
    groupRows.clear();
    allRows.clear();
    for (int i = 0; i < list.size(); ++i) {
        if (i == 0 || list[i].rank != list[i - 1].rank || list[i].rank == 0) {
            groups << QStringList();
            groupRows << QList<int>();
            allRows << QList<int>();
        }
        allRows.last() << i;
        if (list[i].eligible) {
            groups.last() << list[i].code;
            groupRows.last() << i;
        }
    }
    flags.clear();
    orders.clear();
    const QList<QStringList> unitPrizes =
        award(unitSlots, groups, decisions, used, true, out.ties, flags, orders);
    for (int g = 0; g < groups.size(); ++g)
        for (int m = 0; m < groupRows[g].size(); ++m) {
            list[groupRows[g][m]].prize = !unitPrizes[g][m].isEmpty();
            list[groupRows[g][m]].tie = flags[g][0];
        }
    out.units = listDecided(list, allRows, orders, [](const Unit_& u) { return u.code; });
    for (int d = 0; d < decisions.size(); ++d)
        if (!used[d])
            out.staleDecisions << d;
    return out;
}

} // namespace NaiveRanking
