#include "PrizeAllocator.h"

#include <QSet>

#include <utility>

PrizeAllocator::PrizeAllocator(TieDecision::Scope scope, QStringList slotPrizes,
                               QList<TieDecision> decisions)
    : m_scope(scope), m_slotPrizes(std::move(slotPrizes)), m_decisions(std::move(decisions))
{
    m_used.fill(false, m_decisions.size());
    m_whyStale.resize(m_decisions.size());
}

PrizeAllocator::GroupAward PrizeAllocator::award(const QStringList& members)
{
    GroupAward out;
    const int k = int(members.size());
    out.prizes.fill(QString(), k);
    if (k == 0 || exhausted())
        return out;

    QStringList spanned;
    for (int i = 0; i < k; ++i) {
        const int slot = m_next + i;
        spanned << (slot < m_slotPrizes.size() ? m_slotPrizes.at(slot) : QString());
    }
    const int firstSlot = m_next;
    m_next += k; // reserved whatever happens: nobody below moves up
    if (spanned.count(spanned.first()) == k) {
        out.prizes = spanned;
        return out;
    }

    const int d = findDecision(spanned.first(), members);
    if (d >= 0) {
        const QStringList& order = m_decisions.at(d).order;
        for (int i = 0; i < k; ++i) {
            const int member = int(members.indexOf(order.at(i)));
            out.prizes[member] = spanned.at(i);
            out.order << member;
        }
        out.decided = true;
        return out;
    }
    out.unresolved = true;
    m_ties << UnresolvedTie{m_scope, spanned.first(), members, firstSlot, spanned};
    return out;
}

int PrizeAllocator::findDecision(const QString& prize, const QStringList& members)
{
    const QSet<QString> group(members.cbegin(), members.cend());
    for (int d = 0; d < m_decisions.size(); ++d) {
        const TieDecision& decision = m_decisions.at(d);
        if (m_used.at(d) || decision.prize != prize || decision.members.size() != members.size())
            continue;
        const QSet<QString> decided(decision.members.cbegin(), decision.members.cend());
        if (decided != group)
            continue;
        // The order must name each member once, or the decision is not one we can apply.
        const QSet<QString> ordered(decision.order.cbegin(), decision.order.cend());
        if (decision.order.size() != members.size() || ordered != group) {
            m_whyStale[d] = tr("its order does not name each member of the tie exactly once");
            continue;
        }
        m_used[d] = true;
        return d;
    }
    return -1;
}

QList<StaleDecision> PrizeAllocator::staleDecisions() const
{
    QList<StaleDecision> out;
    for (int d = 0; d < m_decisions.size(); ++d) {
        if (m_used.at(d))
            continue;
        QString why = m_whyStale.at(d);
        if (why.isEmpty()) {
            why = tr("no current tie for '%1' has exactly these members (%2); the ranking has "
                     "changed since the decision, so it was not applied")
                      .arg(m_decisions.at(d).prize,
                           m_decisions.at(d).members.join(QLatin1String(", ")));
        }
        out << StaleDecision{m_decisions.at(d), why};
    }
    return out;
}
