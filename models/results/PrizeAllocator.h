#pragma once

#include "Results.h"
#include "TieDecision.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

// Hands prize slots out down a ranking, one equal group at a time (contestctl.md,
// "Prizes go down the eligible contestants in order, slot by slot"). Shared by the
// individual and the collective ranking so both treat ties at a boundary the same way:
// a group whose slots would give different prizes gets none until the judges decide,
// and its slots stay reserved so that nobody below moves up.
class PrizeAllocator
{
    Q_DECLARE_TR_FUNCTIONS(PrizeAllocator)
public:
    // slotPrizes: the prize of each slot, best first; decisions of this allocator's scope.
    PrizeAllocator(TieDecision::Scope scope, QStringList slotPrizes, QList<TieDecision> decisions);

    // No slot left: every later group gets nothing, without being a tie.
    bool exhausted() const { return m_next >= m_slotPrizes.size(); }

    struct GroupAward
    {
        QStringList prizes; // aligned with the members given; "" = none
        bool unresolved = false;
        bool decided = false;
        // decided: the members' indices in the judges' order, best first. The listing
        // follows it (successive ranks), so the award list and the certificate numbers
        // do too.
        QList<int> order;
    };
    // members: the eligible members of one equal group, in listing order.
    GroupAward award(const QStringList& members);

    const QList<UnresolvedTie>& unresolvedTies() const { return m_ties; }
    // Decisions that matched no tie; call once every group has been awarded.
    QList<StaleDecision> staleDecisions() const;

private:
    int findDecision(const QString& prize, const QStringList& members);

    TieDecision::Scope m_scope;
    QStringList m_slotPrizes;
    QList<TieDecision> m_decisions;
    QList<bool> m_used;
    QList<QString> m_whyStale; // set when a decision matched but could not be applied
    int m_next = 0;
    QList<UnresolvedTie> m_ties;
};
