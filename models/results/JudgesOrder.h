#pragma once

#include <QList>

#include <vector>

// A tie the judges decided is no longer a tie: the group [begin, end) of `rows` is listed
// in their order (`order`: indices into `eligibleAt`, best first), with successive ranks
// from the group's rank on, and the group's ineligible rows after them, sharing the next
// rank. Everything that lists the results (the ranking, the award list, the certificate
// numbers) then follows the decision without knowing about it.
template <typename Row>
void listInJudgesOrder(Row* rows, int begin, int end, const QList<int>& eligibleAt,
                       const QList<int>& order)
{
    const int firstRank = rows[begin].rank;
    std::vector<Row> group(rows + begin, rows + end);
    std::vector<bool> placed(group.size(), false);
    int to = begin;
    for (int member : order) {
        const int from = eligibleAt.at(member) - begin;
        rows[to] = group[size_t(from)];
        rows[to].rank = firstRank + (to - begin);
        placed[size_t(from)] = true;
        ++to;
    }
    const int restRank = firstRank + (to - begin);
    for (size_t i = 0; i < group.size(); ++i) {
        if (placed[i])
            continue;
        rows[to] = group[i];
        rows[to].rank = restRank;
        ++to;
    }
}
