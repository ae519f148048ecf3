#include "QuestionSimilarity.h"

#include "core/TextFold.h"

#include <algorithm>

QuestionSimilarity::Grams QuestionSimilarity::trigrams(const QString& text)
{
    // Words only, one blank between them, padded so that short words still give trigrams.
    QString clean(QLatin1Char(' '));
    for (QChar c : TextFold::fold(text)) {
        if (c.isLetterOrNumber())
            clean += c;
        else if (!clean.endsWith(QLatin1Char(' ')))
            clean += QLatin1Char(' ');
    }
    if (!clean.endsWith(QLatin1Char(' ')))
        clean += QLatin1Char(' ');
    Grams grams;
    if (clean.size() < 3)
        return grams;
    grams.reserve(clean.size());
    for (qsizetype i = 0; i + 2 < clean.size(); ++i) {
        grams.push_back(quint64(clean.at(i).unicode()) << 32 |
                        quint64(clean.at(i + 1).unicode()) << 16 | clean.at(i + 2).unicode());
    }
    std::sort(grams.begin(), grams.end());
    grams.erase(std::unique(grams.begin(), grams.end()), grams.end());
    return grams;
}

double QuestionSimilarity::jaccard(const Grams& a, const Grams& b)
{
    if (a.empty() && b.empty())
        return 1.0;
    size_t common = 0;
    auto i = a.begin();
    auto j = b.begin();
    while (i != a.end() && j != b.end()) {
        if (*i < *j) {
            ++i;
        } else if (*j < *i) {
            ++j;
        } else {
            ++common;
            ++i;
            ++j;
        }
    }
    return double(common) / double(a.size() + b.size() - common);
}

double QuestionSimilarity::similarity(const QString& a, const QString& b)
{
    return jaccard(trigrams(a), trigrams(b));
}

void QuestionSimilarity::setQuestions(const QList<Question>& questions)
{
    m_ids.clear();
    m_grams.clear();
    m_grams.reserve(questions.size());
    for (const Question& q : questions) {
        m_ids << q.id;
        m_grams.push_back(trigrams(q.text));
    }
}

QList<QuestionSimilarity::Match> QuestionSimilarity::nearDuplicates(const Question& q,
                                                                    double threshold) const
{
    const Grams mine = trigrams(q.text);
    QList<Match> found;
    for (size_t i = 0; i < m_grams.size(); ++i) {
        if (m_ids.at(qsizetype(i)) == q.id)
            continue;
        // Sizes alone bound the score: skip texts far longer or shorter at once.
        const double small = double(std::min(mine.size(), m_grams[i].size()));
        const double large = double(std::max(mine.size(), m_grams[i].size()));
        if (large > 0 && small / large < threshold)
            continue;
        const double score = jaccard(mine, m_grams[i]);
        if (score >= threshold)
            found << Match{m_ids.at(qsizetype(i)), score};
    }
    std::sort(found.begin(), found.end(),
              [](const Match& a, const Match& b) { return a.score > b.score; });
    return found;
}
