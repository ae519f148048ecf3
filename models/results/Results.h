#pragma once

#include "GradedSubmission.h"
#include "IdentityCode.h"
#include "TieDecision.h"
#include "contest/ContestSettings.h"
#include "units/Exclusion.h"
#include "units/Unit.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// One contestant's line in the individual ranking, built from their counted attempt.
struct IndividualResult
{
    int rank = 0;               // competition rank: equal on every key, equal rank
    quint64 contestantCode = 0; // IdentityCode of the identity key
    int counted = -1;           // index into Results::submissions; name and unit come from it
    // This person's valid attempts, by submitted_at, are
    // Results::attemptOrder[firstAttempt, firstAttempt + validAttempts).
    int firstAttempt = 0;
    int validAttempts = 0;
    int consideredAttempts = 0; // the first ones within attempts.max (the "attempts" key)
    qint64 predictionError = 0;
    bool eligible = true;
    QList<int> exclusionHits;   // indices into Results::exclusions that make them ineligible
    QString reason;             // translated, only when ineligible
    QString prize;              // prize key; empty = null
    bool unresolvedTie = false; // prize withheld until the judges decide
    bool decidedByJudges = false;
    bool certificate = false;

    // The identity key: normalised ID number, else normalised phone. Made on demand so
    // that half a million rows cost no string allocations.
    QString contestant() const { return IdentityCode::toString(contestantCode); }
};

// One unit's line in the collective ranking.
struct CollectiveResult
{
    int rank = 0; // 0: not ranked, because the unit may not receive a collective prize
    QString unitCode;
    bool knownUnit = true; // false: the code is not in the units list
    int contestants = 0;
    int perfect = 0;
    qint64 avgDurationMs = 0;
    std::optional<double> participationRate; // contestants / headcount, when known
    bool eligible = true;                    // may receive a collective prize
    bool prize = false;
    bool unresolvedTie = false;
    bool decidedByJudges = false;
};

// A group equal on every key whose slots straddle a prize boundary.
struct UnresolvedTie
{
    TieDecision::Scope scope = TieDecision::Scope::Individual;
    QString prize;          // best prize at stake ("collective" for units)
    QStringList members;    // contestant keys or unit codes, in listing order
    int firstSlot = 0;      // the slots they hold reserved, 0-based
    QStringList slotPrizes; // what each of those slots would give ("" for none)
};

// Everything `results --json` prints, plus what an explanation needs (the inputs are
// kept; QList shares them, so this costs no copy).
struct Results
{
    ContestSettings settings;
    QList<Unit> units;
    QList<Exclusion> exclusions;
    QList<GradedSubmission> submissions;
    QList<TieDecision> decisions;

    qint64 predictionTarget = 0;
    int contestants = 0;
    int validSubmissions = 0;   // valid and with an identity key
    int invalidSubmissions = 0; // invalid upstream, or valid but without any identity
    QList<int> attemptOrder;    // submission indices grouped by contestant

    QList<IndividualResult> individual;  // in rank order
    QList<CollectiveResult> collective;  // in rank order
    QList<UnresolvedTie> unresolvedTies; // individual ones first, then collective ones
    QList<StaleDecision> staleDecisions;

    const GradedSubmission& countedOf(const IndividualResult& r) const
    {
        return submissions.at(r.counted);
    }
    const QString& nameOf(const IndividualResult& r) const { return countedOf(r).name; }
    const QString& unitCodeOf(const IndividualResult& r) const { return countedOf(r).unitCode; }
    // Row of a contestant key (raw input is normalised); -1 when not found.
    int findContestant(const QString& key) const;
    // The decision that ordered the tie this member (contestant key or unit code) was in:
    // a recorded one that is not stale. Null when none.
    const TieDecision* appliedDecision(TieDecision::Scope scope, const QString& member) const;
    // How a tie's member is named to people: "Trương Hoài Linh (1990, UBND xã Sơn Kỳ)", a
    // unit by its name; the key itself only when it is in no row.
    QString memberLabel(TieDecision::Scope scope, const QString& member) const;
};
