#pragma once

#include "StatisticsTally.h"

#include <optional>

class Database;
struct ContestSettings;

// The summary tables of schema v10: the dashboard's counters, brought up to date from the
// submissions table without touching how submissions are stored. Each refresh reads only
// the rows added since its watermark (the submission row order), and looks again only at
// the contestants those rows belong to, plus the few whose counted attempt depends on the
// prediction target when the target moved. When anything the figures depend on changes
// (re-judging, the timezone, the attempt policy, the ranking order, the target's kind,
// questions per attempt), the summary is rebuilt from scratch in one sorted pass.
//
// Invariant: the stored counters equal StatisticsTally of every row up to the
// watermark, each contestant counted with the stored target.
class StatisticsSummary
{
public:
    struct Refresh
    {
        bool rebuilt = false;
        qint64 newRows = 0;   // submission rows read
        qint64 revisited = 0; // contestants looked at again
        qint64 watermark = 0;
    };

    // Brings the summary up to date; returns what it did. Throws EnvironmentError.
    static Refresh refresh(Database& db);
    // The stored counters (refresh first); without `predictionValues`, not the one row per
    // prediction value (a million people guess a few hundred thousand different numbers):
    // predictionsIn() sums ranges of them in the database instead.
    static StatisticsTally load(Database& db, bool predictionValues = true);
    static qint64 predictionsIn(Database& db, qint64 lo, qint64 hi);
    // The same figures straight from the submissions, in memory, optionally only those
    // submitted up to `untilMs` (the progress report at a past date). Does not write.
    static StatisticsTally compute(Database& db, const ContestSettings& settings,
                                   std::optional<qint64> untilMs = std::nullopt);
    // Forgets the summary, so that the next refresh rebuilds it.
    static void clear(Database& db);

    // What the stored figures depend on besides the rows themselves.
    static QString fingerprint(Database& db, const ContestSettings& settings);
    // The column that orders submission rows as they were added.
    static QString rowOrder(const Database& db);
    static qint64 targetFor(const ContestSettings& settings, qint64 contestants,
                            qint64 validSubmissions);
};
