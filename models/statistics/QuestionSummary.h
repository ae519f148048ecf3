#pragma once

#include <QHash>
#include <QMap>
#include <QString>

class Database;

// The counters question statistics are made of, kept in the tables of schema v12 the way
// StatisticsSummary keeps the dashboard's: per question and per score of the submission
// that drew it (so that "the strongest quarter" can move), how often it was drawn and
// answered right, over the counted submissions (valid, with an identity). Each refresh
// reads only the rows added since its own watermark; when the judging, the settings the
// dashboard depends on or the answer key change, it counts everything again. It has a
// watermark of its own: the dashboard never waits for the answers to be read.
class QuestionSummary
{
public:
    struct Cell
    {
        qint64 drawn = 0;
        qint64 right = 0;
        friend bool operator==(const Cell& a, const Cell& b)
        {
            return a.drawn == b.drawn && a.right == b.right;
        }
    };
    // question id -> score of the submission -> counts. The question id "" counts the
    // submissions themselves (drawn = submissions with that score).
    using Counts = QHash<QString, QMap<int, Cell>>;

    // Brings the tables up to date. Throws EnvironmentError.
    static void refresh(Database& db);
    // The stored counters (refresh first).
    static Counts load(Database& db);
    // The same straight from the submissions, without writing.
    static Counts compute(Database& db);
    // Forgets the counters, so that the next refresh counts everything again.
    static void clear(Database& db);
};
