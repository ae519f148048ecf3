#pragma once

#include "CountedAttemptRule.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>

#include <optional>
#include <vector>

// One submission row as the statistics read it.
struct StatRow
{
    bool valid = false;
    QString invalidCode; // "" when none
    QString contestant;  // "" when no identity
    std::optional<qint64> submittedMs;
    qint64 durationMs = 0;
    std::optional<qint64> prediction;
    bool counted() const { return valid && !contestant.isEmpty(); } // rules.md: takes part
};

// What one contestant adds to the figures: the days they took part on, their first
// submission, and their counted attempt's unit and score.
struct PersonFigures
{
    qint64 firstDay = 0;
    QList<qint64> days; // distinct, ascending
    QString unit;
    int correct = 0;
    bool dependsOnTarget = false;
};

// The dashboard's figures as counters that can be added to and taken from, so that
// the summary tables can be brought up to date by applying the difference a few new
// submissions make. Days and hours are in the contest's timezone.
struct StatisticsTally
{
    struct Unit
    {
        qint64 contestants = 0;
        qint64 correctSum = 0;
        qint64 perfect = 0;
        bool isZero() const { return contestants == 0 && correctSum == 0 && perfect == 0; }
    };
    static constexpr int durationMinutesCap = 30; // longer attempts share the last bar

    // Kinds of counters: key -> count.
    QHash<QString, QMap<qint64, qint64>> counts;
    QHash<QString, Unit> units;
    QMap<QPair<int, QString>, qint64> reasons; // (valid, invalid code) -> submissions

    qint64 sum(const QString& kind) const;
    // Counted submissions whose prediction is in [lo, hi).
    qint64 predictionsIn(qint64 lo, qint64 hi) const;
    // Predictions are also counted per block of this many values, so that the stored
    // summary answers a range with a few hundred rows instead of one per value.
    static constexpr qint64 predictionBlock = 1024;
    qint64 contestants() const { return sum(QStringLiteral("first_day")); }
    qint64 validSubmissions() const { return sum(QStringLiteral("day")); }

    // Per-submission counters (validity always; day, hour, duration, prediction when it
    // counts), times sign.
    void addRow(const StatRow& row, int offsetMinutes, int sign = 1);
    void addPerson(const PersonFigures& p, int questionsPerAttempt, int sign = 1);
    // The predictions of counted rows added with their prediction left out, in ascending
    // order: what addRow would count for them, without a tree lookup per row (a rebuild
    // counts a million predictions of half a million different values).
    void addSortedPredictions(const std::vector<qint64>& sorted);
    void add(const QString& kind, qint64 key, qint64 n);

    // A contestant's figures from their valid attempts (sorted by the rule).
    static PersonFigures person(QList<StatAttempt>& attempts, const CountedAttemptRule& rule,
                                qint64 target, int offsetMinutes);
    static qint64 dayNumber(qint64 utcMs, int offsetMinutes);
    // The last millisecond of `day` in the contest's timezone, as UTC ms.
    static qint64 endOfDayMs(const QDate& day, int offsetMinutes);
};

namespace StatKind {
inline QString day()
{
    return QStringLiteral("day");
} // counted submissions
inline QString dayPeople()
{
    return QStringLiteral("day_people");
} // distinct contestants
inline QString firstDay()
{
    return QStringLiteral("first_day");
} // new contestants
inline QString hour()
{
    return QStringLiteral("hour");
}
inline QString minute()
{
    return QStringLiteral("minute");
} // duration, capped
inline QString prediction()
{
    return QStringLiteral("prediction");
}
inline QString predictionBlock()
{
    return QStringLiteral("prediction_block");
}
inline QString correct()
{
    return QStringLiteral("correct");
} // of counted attempts
} // namespace StatKind
