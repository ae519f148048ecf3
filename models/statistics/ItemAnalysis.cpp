#include "ItemAnalysis.h"

#include <QMap>

#include <cmath>

namespace ItemAnalysis {

Question question(const QMap<int, QuestionSummary::Cell>& byScore)
{
    // Sums over the attempts that drew it of the mark x, the rest r = score − x, and
    // their squares and product; x² = x.
    double n = 0, sx = 0, sr = 0, srr = 0, sxr = 0;
    QMap<int, double> rests; // rest score -> attempts
    for (auto it = byScore.cbegin(); it != byScore.cend(); ++it) {
        const double s = it.key();
        const double right = double(it->right);
        const double wrong = double(it->drawn - it->right);
        n += right + wrong;
        sx += right;
        sr += right * (s - 1) + wrong * s;
        srr += right * (s - 1) * (s - 1) + wrong * s * s;
        sxr += right * (s - 1);
        if (right > 0)
            rests[it.key() - 1] += right;
        if (wrong > 0)
            rests[it.key()] += wrong;
    }
    Question q;
    q.drawn = qint64(n);
    if (n == 0)
        return q;
    const double mx = sx / n;
    const double mr = sr / n;
    q.facility = 100 * mx;
    const double cov = sxr / n - mx * mr;
    const double varX = mx - mx * mx;
    const double varR = srr / n - mr * mr;
    // Rounding leaves a variance of 1e-17 where there is none.
    constexpr double kNone = 1e-12;
    if (varX <= kNone || varR <= kNone)
        return q;
    q.discriminationIndex = 100 * cov / std::sqrt(varX * varR);
    // The most the product can be: the sx right answers on the highest rest scores.
    double left = sx, best = 0;
    for (auto it = rests.cend(); it != rests.cbegin() && left > 0;) {
        --it;
        const double take = std::min(left, it.value());
        best += take * it.key();
        left -= take;
    }
    const double covMax = best / n - mx * mr;
    if (covMax > kNone)
        q.discriminativeEfficiency = 100 * cov / covMax;
    return q;
}

Contest contest(const QuestionSummary::Counts& counts)
{
    Contest c;
    double n = 0, s1 = 0, s2 = 0;
    for (auto it = counts.value(QString()).cbegin(); it != counts.value(QString()).cend(); ++it) {
        const double attempts = double(it->drawn);
        n += attempts;
        s1 += attempts * it.key();
        s2 += attempts * it.key() * it.key();
    }
    c.attempts = qint64(n);
    if (n == 0)
        return c;
    c.meanCorrect = s1 / n;
    if (n < 2)
        return c;
    const double variance = (s2 - s1 * s1 / n) / (n - 1);
    c.sd = std::sqrt(std::max(0.0, variance));
    // Each attempt has its own questions: the sum of its items' variances is estimated by
    // the mean, over the attempts, of p(1 − p) of the questions each drew.
    double draws = 0, itemVariance = 0;
    for (auto q = counts.cbegin(); q != counts.cend(); ++q) {
        if (q.key().isEmpty())
            continue;
        double drawn = 0, right = 0;
        for (const QuestionSummary::Cell& cell : *q) {
            drawn += double(cell.drawn);
            right += double(cell.right);
        }
        if (drawn == 0)
            continue;
        const double p = right / drawn;
        draws += drawn;
        // Sample variance of the question's mark, as the score's is.
        itemVariance += drawn > 1 ? drawn * p * (1 - p) * drawn / (drawn - 1) : 0;
    }
    c.questionsPerAttempt = draws / n;
    const double k = c.questionsPerAttempt;
    if (k < 2 || variance <= 1e-12)
        return c;
    const double alpha = k / (k - 1) * (1 - (itemVariance / n) / variance);
    c.cic = 100 * alpha;
    if (alpha <= 1)
        c.errorRatio = 100 * std::sqrt(std::max(0.0, 1 - alpha));
    return c;
}

} // namespace ItemAnalysis
