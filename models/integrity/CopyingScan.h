#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <cstdint>
#include <deque>
#include <unordered_map>
#include <vector>

class AnswerKey;

// The `copying` kind of spec/integrity.md: two people whose answers to the questions both
// were drawn agree, wrong answers included, far beyond chance.
//
// The chance model is fitted to everyone's answers: on a question both answered wrong, the
// second person picks the first one's wrong answer as often as all the people who answered
// that question wrong picked it (a tempting distractor is shared often, a rare one is
// telling). Right answers say nothing (half the contestants answer everything right), and
// blanks are not counted as answers. The chance of that many identical wrong answers is the
// tail of a sum of such independent events (taken from both sides, the larger kept).
//
// A pair is a case only when
//   - they share at least kMinSharedQuestions questions: fewer and no figure means much;
//   - the chance, times the number of pairs of submissions in the contest, is below
//     kChanceCasesPerContest: among a million submissions there are half a trillion pairs,
//     and one of them being "one in a billion" alike is no evidence against anyone.
// So a copy of a good contestant (few wrong answers) cannot be told from chance; a copy of
// a weak one can. That is the price of keeping honest people out.
class CopyingScan
{
public:
    static constexpr int kMinSharedQuestions = 10;
    static constexpr double kChanceCasesPerContest = 0.01;

    explicit CopyingScan(const AnswerKey& key) : m_key(key) {}

    // Each valid submission once, in any order: `attempt` is the caller's index for it,
    // `contestant` tells the same person's attempts apart from other people's.
    void add(int attempt, int contestant, QStringView answers);

    struct Pair
    {
        int first = 0, second = 0; // the caller's attempt indices
        int shared = 0;            // questions both were drawn
        int bothWrong = 0;         // of those, answered wrong (not blank) by both
        QStringList sameWrong;     // "Q0007: C", the identical wrong answers
        double chance = 1;         // of that many identical wrong answers, by chance
        double pairsInContest = 0; // pairs of submissions the figure is weighed against
    };
    // The pairs that make a case, the least likely first; at most one pair of attempts
    // per pair of people.
    QList<Pair> find() const;

private:
    struct Sheet
    {
        int attempt;
        int contestant;
        uint32_t from; // into m_questions / m_choices, sorted by question
        uint16_t count;
        uint16_t wrong;
    };
    int questionIndex(QStringView id);
    double matchChance(int question, int choice) const;
    Pair compare(const Sheet& a, const Sheet& b) const;
    std::vector<uint64_t> candidatePairs(const std::vector<int>& sheets) const;

    struct ViewHash
    {
        size_t operator()(QStringView v) const noexcept;
    };

    const AnswerKey& m_key;
    std::deque<QString> m_ids; // question ids; a deque: the views into it stay valid
    std::unordered_map<QStringView, int, ViewHash> m_index;
    std::vector<int> m_correct;                 // by question: the key's choice, -1 none
    std::vector<std::vector<int64_t>> m_chosen; // by question, by choice (1 = A): how often
    std::vector<Sheet> m_sheets;                // those with enough wrong answers to matter
    std::vector<uint16_t> m_questions;          // question indices of the kept sheets
    std::vector<uint8_t> m_choices;             // 0 blank, 1 = A, 2 = B, ...
    qint64 m_attempts = 0;
};
