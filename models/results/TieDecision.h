#pragma once

#include "core/Rfc3339.h"

#include <QString>
#include <QStringList>

// The judges' decision on one unresolved tie (rules.md: "judges decide, recorded with
// reason, who, when"). It applies only while the tie it was made for still exists
// exactly: same prize at stake, same set of members. Otherwise the engine reports it
// as stale, because a decision about a different group of people was never made.
struct TieDecision
{
    enum class Scope
    {
        Individual,
        Collective
    };
    Scope scope = Scope::Individual;
    QString prize;       // the best prize at stake, as unresolved_ties reported it
    QStringList members; // the exact set of contestant keys (or unit codes), any order
    QStringList order;   // the decided order, best first: a permutation of members
    QString reason;      // why the judges ordered them so
    QString decidedBy;
    Timestamp decidedAt;

    friend bool operator==(const TieDecision& a, const TieDecision& b)
    {
        return a.scope == b.scope && a.prize == b.prize && a.members == b.members &&
               a.order == b.order && a.reason == b.reason && a.decidedBy == b.decidedBy &&
               a.decidedAt == b.decidedAt;
    }
};

// A recorded decision that no longer matches a current tie, kept for the judges to
// review instead of being applied to people it was not made about.
struct StaleDecision
{
    TieDecision decision;
    QString why; // translated explanation
};
