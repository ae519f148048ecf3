#include "QuestionDraw.h"

#include <QSet>

namespace QuestionDraw {

namespace {
// Moves `count` random entries of `pool` (or all it has) to the end of `into`.
void take(QStringList& pool, int count, QStringList& into, QRandomGenerator& random)
{
    for (int i = 0; i < count && !pool.isEmpty(); ++i)
        into << pool.takeAt(qsizetype(random.bounded(quint32(pool.size()))));
}
} // namespace

QStringList draw(const PublishedContest& contest, QRandomGenerator& random)
{
    QHash<QString, QStringList> byTopic;
    for (const PublishedContest::Question& q : contest.questions)
        byTopic[q.topic] << q.id;
    QStringList drawn;
    for (const auto& entry : contest.blueprint)
        take(byTopic[entry.first], entry.second, drawn, random);
    if (drawn.size() < contest.questionsPerAttempt) {
        QStringList rest;
        for (const QStringList& ids : std::as_const(byTopic))
            rest << ids;
        rest.sort(); // QHash order differs between runs; the draw alone should be random
        take(rest, int(contest.questionsPerAttempt - drawn.size()), drawn, random);
    }
    while (drawn.size() > contest.questionsPerAttempt)
        drawn.removeLast();
    for (qsizetype i = drawn.size() - 1; i > 0; --i)
        drawn.swapItemsAt(i, qsizetype(random.bounded(quint32(i + 1))));
    return drawn;
}

} // namespace QuestionDraw
