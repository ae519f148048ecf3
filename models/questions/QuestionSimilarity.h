#pragma once

#include "Question.h"

#include <QList>
#include <QString>

#include <vector>

// Near-duplicate questions: the same text typed twice, with a word or a mark changed, by two
// authors or two imports. Compares the sets of character trigrams of the folded text
// (Jaccard), which tolerates a changed word, a typo or missing marks better than whole words.
class QuestionSimilarity
{
public:
    static constexpr double kThreshold = 0.85;

    struct Match
    {
        QString id;
        double score = 0;
    };

    // 0 (nothing shared) to 1 (the same text up to marks, case and blanks).
    static double similarity(const QString& a, const QString& b);

    // The bank, its trigrams worked out once.
    void setQuestions(const QList<Question>& questions);
    // Questions of the bank, other than `q` itself (same ID), at least `threshold` alike;
    // the most alike first.
    QList<Match> nearDuplicates(const Question& q, double threshold = kThreshold) const;

private:
    using Grams = std::vector<quint64>; // sorted, unique
    static Grams trigrams(const QString& text);
    static double jaccard(const Grams& a, const Grams& b);

    QStringList m_ids;
    std::vector<Grams> m_grams;
};
