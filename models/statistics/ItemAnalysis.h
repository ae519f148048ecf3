#pragma once

#include "QuestionSummary.h"

#include <optional>

// Moodle's quiz statistics (its "quiz statistics calculations"), computed from the
// counters QuestionSummary keeps: per question and per score of the attempt that drew it,
// how often it was drawn and answered right. Those counters hold all that is needed,
// because a question's mark x is 0 or 1 and the rest of the attempt is its score minus x,
// so the statistics follow a sync without reading the answers again.
namespace ItemAnalysis {

struct Question
{
    qint64 drawn = 0;
    double facility = 0; // mean mark × 100
    // 100 × the correlation of the question's mark with the rest of the attempt; none
    // when either does not vary (everyone right, or every rest score the same).
    std::optional<double> discriminationIndex;
    // 100 × that covariance / the largest covariance the same marks and rest scores could
    // have (the right answers going to the highest rest scores).
    std::optional<double> discriminativeEfficiency;
};

struct Contest
{
    qint64 attempts = 0;
    double questionsPerAttempt = 0; // the mean number drawn
    double meanCorrect = 0;
    double sd = 0; // of the score, over the attempts (n − 1)
    // Cronbach's alpha × 100 over each attempt's own questions, and Moodle's error ratio
    // (100 × √(1 − alpha)); none for fewer than two attempts or questions, or no spread.
    std::optional<double> cic;
    std::optional<double> errorRatio;
};

// One question: score of the attempt -> (drawn, right).
Question question(const QMap<int, QuestionSummary::Cell>& byScore);
// The contest: every question's counters and the attempts' own (the id "").
Contest contest(const QuestionSummary::Counts& counts);

} // namespace ItemAnalysis
