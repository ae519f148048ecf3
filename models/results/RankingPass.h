#pragma once

#include "CollectiveRanking.h"
#include "ExclusionIndex.h"
#include "RankingKeys.h"
#include "Results.h"
#include "UnitInterner.h"
#include "core/HugePages.h"

#include <array>
#include <memory>
#include <utility>
#include <vector>

// One run of RankingEngine::compute, step by step, over flat arrays. Each step reads
// what the previous ones left and touches memory in order where it can: that is what
// makes a million submissions take a fraction of a second. Internal to the engine.
class RankingPass
{
public:
    static constexpr int MaxKeys = RankingKeys::kMaxKeys;
    using SortKeys = std::array<qint64, MaxKeys>;

    RankingPass(Results& results, int workers);

    void readSubmissions(); // identity codes, unit numbers, exclusion flags, facts
    void groupContestants();
    void orderAttempts();
    void chooseCountedAttempts();
    void sortRanking();
    void buildRows();
    void awardPrizes();

private:
    // The arrays as large as the input: on huge pages (core/HugePages.h).
    template <typename T> using Big = std::vector<T, HugePages::Allocator<T>>;

    // What ranking reads from a submission, copied once into one cache line: the
    // later steps jump between a person's attempts.
    struct alignas(64) Facts
    {
        // Not zero-filled: every field of a valid submission is written when it is read,
        // and only the identity codes of an invalid one are ever read.
        Facts() {}
        quint64 idCode;
        quint64 phoneCode;
        qint64 prediction;
        qint64 durationMs;
        qint64 submittedMs;
        qint64 startedMs;
        int correct;
        int unit; // the reading worker's number of the unit; -1 when none was given
    };
    // A contestant, with what the rows need from the counted attempt copied in while it
    // is in the cache, so that building the rows reads one struct per person.
    struct Person
    {
        quint64 code;
        int first; // into attemptOrder
        int count;
        int considered;
        int counted; // submission index
        qint64 durationMs;
        qint64 predictionError;
        int correct;
        int unit;
        bool excludedAttempt; // an attempt's ID number or phone is on the list
    };
    struct SortRow
    {
        SortKeys keys;
        int person;
    };
    // The keys packed into 128 bits when their ranges allow (they do for any real
    // contest): sorting 24 bytes with two comparisons beats 56 bytes with six.
    struct PackedRow
    {
        quint64 high;
        quint64 low;
        int person;
    };
    // False when the keys need more than 128 bits; else `bits`: how many they take.
    bool packRows(Big<PackedRow>& packed, int& bits) const;
    void sortPacked(Big<PackedRow>& packed, int bits) const;
    void listEqualGroupsByKey();

    bool less(const SortKeys& a, const SortKeys& b) const
    {
        for (int k = 0; k < m_keyCount; ++k) {
            if (a[k] != b[k])
                return a[k] < b[k];
        }
        return false;
    }
    SortKeys keysOf(const Facts& f, int considered) const;
    int unitOf(int submission) const; // number in m_unitCodes, -1 when none

    Results& m_r;
    const GradedSubmission* m_subs;
    int m_n;
    int m_workers;
    ExclusionIndex m_excluded;
    Big<Facts> m_facts;
    Big<char> m_personExcluded; // per submission: its ID number or phone is listed
    QStringList m_unitCodes;
    std::vector<QList<int>> m_unitHits;            // per unit number: unit exclusions
    std::vector<std::pair<int, int>> m_unitRanges; // submissions each worker read
    std::vector<std::vector<int>> m_unitRenumber;  // per worker: its numbers -> m_unitCodes
    Big<int> m_owner;                              // per submission: person, -1 when not ranked
    Big<Person> m_people;
    Big<qint64> m_orderMs; // beside Results::attemptOrder
    QList<RankingKey> m_keyOrder;
    int m_keyCount = 0;
    Big<SortRow> m_rows;  // per person
    Big<int> m_rankOrder; // persons in rank order
    Big<int> m_groupEnd;  // per rank position: end of its equal group
    std::vector<CollectiveRanking::Tally> m_tallies;
};
