#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <functional>
#include <optional>

class Database;
struct ContestSettings;
struct StatisticsTally;

// One bar of a histogram: its label value (a day, an hour, a number of correct answers...)
// and how many fall in it.
struct StatBucket
{
    qint64 key = 0;
    qint64 count = 0;
};

// Why submissions were refused, counted (code "" = valid, "conflict" = a second version
// of a stored id).
struct ReasonCount
{
    QString code;
    QString label; // translated
    qint64 count = 0;
};

// The figures of the statistics dashboard, read from the summary tables that
// StatisticsSummary keeps up to date, so that a million submissions cost a few
// milliseconds once summarised. Days and hours are in the contest's timezone. Per person
// figures (score, unit) follow the contest's counted attempt, as the results do.
struct ParticipationStats
{
    struct Day
    {
        QDate date;
        qint64 submissions = 0;    // valid ones
        qint64 contestants = 0;    // distinct, with a valid submission that day
        qint64 newContestants = 0; // whose first valid submission was that day
        qint64 cumulativeContestants = 0;
    };
    struct UnitCount
    {
        QString code;
        QString name;
        qint64 contestants = 0;
        std::optional<double> rate; // contestants / headcount, when the headcount is known
    };

    int timezoneOffsetMinutes = 420;
    QDate firstDay; // of the window
    QDate lastDay;
    int daysLeft = 0; // counted from `now`, 0 once the window has closed
    qint64 totalSubmissions = 0;
    qint64 validSubmissions = 0;
    qint64 contestants = 0;
    int questionsPerAttempt = 30;
    qint64 predictionTarget = 0;
    qint64 predictionBinWidth = 1;

    QList<Day> days;               // every day of the window, in order
    QList<StatBucket> hours;       // 24 entries, key = hour 0..23
    QList<UnitCount> units;        // by contestants, descending; only units with any
    QList<StatBucket> correct;     // counted attempt per contestant, key = correct 0..N
    QList<StatBucket> predictions; // key = bin -10..10 around the target (width above)
    QList<StatBucket> durations;   // key = whole minutes, the last bin holds the longer ones
    QList<ReasonCount> reasons;    // valid first, then each invalid reason, then conflicts

    // Refreshes the summary, then reads it.
    static ParticipationStats compute(Database& db,
                                      const QDateTime& now = QDateTime::currentDateTimeUtc());
    // As they stood at the end of `day` (contest time): straight from the submissions
    // submitted by then, for the progress report.
    static ParticipationStats asOf(Database& db, const QDate& day);
    // `predictionsIn(lo, hi)`: how many counted submissions predicted a value in [lo, hi).
    static ParticipationStats fromTally(Database& db, const StatisticsTally& tally,
                                        const ContestSettings& settings, const QDateTime& now,
                                        qint64 conflicts,
                                        const std::function<qint64(qint64, qint64)>& predictionsIn);
};

namespace StatisticsSql {
// "valid = 1 AND contestant_key <> ''": what counts as taking part (rules.md).
QString counted();
} // namespace StatisticsSql
