#include "CopyingScan.h"

#include "submissions/AnswerKey.h"
#include "submissions/CompactAnswers.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace {

constexpr int kChoices = 27; // 0 blank, 1..26 = A..Z

// MinHash over each sheet's wrong answers, (question, wrong choice): two sheets collide in
// a band when the kRows smallest hashes of their wrong answers agree, which happens with
// probability J^kRows for sets of Jaccard similarity J. With 16 bands of 5, a copy whose
// wrong answers are 80 % the same collides in some band 99.8 % of the time, 60 %: 73 %;
// two honest weak people with 10 % in common: 0.016 % of the time. So only a few pairs
// per thousand people are compared, never all pairs: at a million submissions the work
// is the sort of 16 keys a sheet.
constexpr int kBands = 16;
constexpr int kRows = 5;

uint64_t mix(uint64_t x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

int choiceOf(QStringView text)
{
    if (text.size() != 1)
        return 0;
    const char16_t c = text.at(0).unicode();
    return c >= u'A' && c <= u'Z' ? int(c - u'A') + 1 : 0;
}

// P(X >= atLeast) for X the number of successes of independent events of these chances.
double tail(const std::vector<double>& chances, int atLeast)
{
    std::vector<double> p(chances.size() + 1, 0.0);
    p[0] = 1;
    for (size_t i = 0; i < chances.size(); ++i) {
        for (size_t k = i + 1; k > 0; --k)
            p[k] = p[k] * (1 - chances[i]) + p[k - 1] * chances[i];
        p[0] *= 1 - chances[i];
    }
    double sum = 0;
    for (size_t k = size_t(std::max(atLeast, 0)); k < p.size(); ++k)
        sum += p[k];
    return std::min(1.0, sum);
}

} // namespace

size_t CopyingScan::ViewHash::operator()(QStringView v) const noexcept
{
    return qHash(v);
}

int CopyingScan::questionIndex(QStringView id)
{
    const auto it = m_index.find(id);
    if (it != m_index.end())
        return it->second;
    if (m_ids.size() >= 0xffff)
        return -1; // a bank of more than 65,535 questions: the rest are not compared
    m_ids.push_back(id.toString());
    const int q = int(m_ids.size() - 1);
    m_index.emplace(QStringView(m_ids.back()), q);
    const AnswerKey::Entry* entry = m_key.find(m_ids.back());
    m_correct.push_back(
        entry && !entry->correct.isNull() ? choiceOf(QStringView(&entry->correct, 1)) : -1);
    m_chosen.emplace_back(kChoices, 0);
    return q;
}

void CopyingScan::add(int attempt, int contestant, QStringView answers)
{
    ++m_attempts;
    std::vector<std::pair<uint16_t, uint8_t>> sheet;
    int wrong = 0;
    CompactAnswers::forEach(answers, [&](QStringView question, QStringView chosen) {
        const int q = questionIndex(question);
        if (q < 0)
            return;
        const int choice = choiceOf(chosen);
        m_chosen[size_t(q)][size_t(choice)] += 1;
        wrong += choice != 0 && m_correct[size_t(q)] > 0 && choice != m_correct[size_t(q)];
        sheet.emplace_back(uint16_t(q), uint8_t(choice));
    });
    // Fewer than two wrong answers can never be far beyond chance: not kept, which keeps
    // the memory to the sheets that matter (half the contestants answer everything right).
    if (wrong < 2)
        return;
    std::sort(sheet.begin(), sheet.end());
    m_sheets.push_back({attempt, contestant, uint32_t(m_questions.size()), uint16_t(sheet.size()),
                        uint16_t(wrong)});
    for (const auto& [q, c] : sheet) {
        m_questions.push_back(q);
        m_choices.push_back(c);
    }
}

// How often the people who answered `question` wrong chose `choice`.
double CopyingScan::matchChance(int question, int choice) const
{
    const std::vector<int64_t>& chosen = m_chosen[size_t(question)];
    int64_t wrong = 0;
    for (int c = 1; c < kChoices; ++c)
        wrong += c == m_correct[size_t(question)] ? 0 : chosen[size_t(c)];
    return wrong > 0 ? double(chosen[size_t(choice)]) / double(wrong) : 1.0;
}

CopyingScan::Pair CopyingScan::compare(const Sheet& a, const Sheet& b) const
{
    Pair pair;
    pair.first = a.attempt;
    pair.second = b.attempt;
    std::vector<double> fromA, fromB; // the chance the other picks the same, each way
    uint32_t i = a.from, j = b.from;
    const uint32_t endA = a.from + a.count, endB = b.from + b.count;
    while (i < endA && j < endB) {
        if (m_questions[i] != m_questions[j]) {
            (m_questions[i] < m_questions[j] ? i : j) += 1;
            continue;
        }
        const int q = m_questions[i];
        const int ca = m_choices[i], cb = m_choices[j];
        ++i, ++j;
        ++pair.shared;
        const int key = m_correct[size_t(q)];
        if (key <= 0 || ca == 0 || cb == 0 || ca == key || cb == key)
            continue;
        ++pair.bothWrong;
        fromA.push_back(matchChance(q, ca));
        fromB.push_back(matchChance(q, cb));
        if (ca == cb) {
            pair.sameWrong << QStringLiteral("%1: %2").arg(m_ids[size_t(q)],
                                                           QChar(u'A' + char16_t(ca - 1)));
        }
    }
    pair.sameWrong.sort();
    const int same = int(pair.sameWrong.size());
    pair.chance = same == 0 ? 1.0 : std::max(tail(fromA, same), tail(fromB, same));
    return pair;
}

std::vector<uint64_t> CopyingScan::candidatePairs(const std::vector<int>& sheets) const
{
    std::vector<std::pair<uint64_t, uint32_t>> keys; // band key -> position in `sheets`
    keys.reserve(sheets.size() * kBands);
    for (uint32_t s = 0; s < sheets.size(); ++s) {
        const Sheet& sheet = m_sheets[size_t(sheets[s])];
        uint64_t mins[kBands * kRows];
        std::fill(std::begin(mins), std::end(mins), ~uint64_t(0));
        for (uint32_t i = sheet.from; i < sheet.from + sheet.count; ++i) {
            const int key = m_correct[m_questions[i]];
            const int c = m_choices[i];
            if (key <= 0 || c == 0 || c == key)
                continue;
            const uint64_t item = uint64_t(m_questions[i]) * kChoices + uint64_t(c);
            for (int h = 0; h < kBands * kRows; ++h)
                mins[h] = std::min(mins[h], mix(item ^ (uint64_t(h + 1) << 40)));
        }
        for (int b = 0; b < kBands; ++b) {
            uint64_t k = mix(uint64_t(b));
            for (int r = 0; r < kRows; ++r)
                k = mix(k ^ mins[b * kRows + r]);
            keys.emplace_back(k, s);
        }
    }
    std::sort(keys.begin(), keys.end());
    std::vector<uint64_t> pairs;
    for (size_t from = 0; from < keys.size();) {
        size_t to = from + 1;
        while (to < keys.size() && keys[to].first == keys[from].first)
            ++to;
        for (size_t x = from; x < to; ++x)
            for (size_t y = x + 1; y < to; ++y)
                pairs.push_back(uint64_t(keys[x].second) << 32 | keys[y].second);
        from = to;
    }
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
    return pairs;
}

QList<CopyingScan::Pair> CopyingScan::find() const
{
    const double pairsInContest = double(m_attempts) * double(m_attempts - 1) / 2;
    if (pairsInContest < 1)
        return {};
    const double enough = kChanceCasesPerContest / pairsInContest;

    // A sheet whose wrong answers, all matched, would still be within chance cannot be
    // in a case: most weak-but-honest sheets stop here.
    std::vector<int> comparable;
    for (size_t s = 0; s < m_sheets.size(); ++s) {
        const Sheet& sheet = m_sheets[s];
        double best = 1;
        for (uint32_t i = sheet.from; i < sheet.from + sheet.count; ++i) {
            const int key = m_correct[m_questions[i]];
            const int c = m_choices[i];
            if (key > 0 && c != 0 && c != key)
                best *= matchChance(m_questions[i], c);
        }
        if (best < enough)
            comparable.push_back(int(s));
    }

    QHash<QPair<int, int>, Pair> byPeople; // the least likely pair of attempts per two people
    for (const uint64_t packed : candidatePairs(comparable)) {
        const Sheet& a = m_sheets[size_t(comparable[size_t(packed >> 32)])];
        const Sheet& b = m_sheets[size_t(comparable[size_t(packed & 0xffffffffu)])];
        if (a.contestant == b.contestant)
            continue;
        Pair pair = compare(a, b);
        if (pair.shared < kMinSharedQuestions || pair.chance >= enough)
            continue;
        pair.pairsInContest = pairsInContest;
        const QPair<int, int> people(std::min(a.contestant, b.contestant),
                                     std::max(a.contestant, b.contestant));
        const auto it = byPeople.constFind(people);
        if (it == byPeople.cend() || pair.chance < it->chance)
            byPeople.insert(people, pair);
    }
    QList<Pair> found = byPeople.values();
    std::sort(found.begin(), found.end(), [](const Pair& x, const Pair& y) {
        return x.chance != y.chance ? x.chance < y.chance : x.first < y.first;
    });
    return found;
}
