#include "CaseBuilder.h"

#include "results/Results.h"

#include <QCryptographicHash>

#include <algorithm>

CaseBuilder::CaseBuilder(const Results& results) : m_results(results)
{
    const QList<PrizeTier>& tiers = results.settings.individualPrizes;
    for (int i = 0; i < tiers.size(); ++i)
        m_prizeOrder.insert(tiers.at(i).key, i + 1);
    for (const IndividualResult& r : results.individual) {
        if (!r.prize.isEmpty())
            m_prizeOf.insert(r.contestant(), r.prize);
    }
}

IntegrityCase CaseBuilder::make(const QString& kind, double strength, QStringList contestants,
                                QStringList submissions, const QString& evidence,
                                const QStringList& idKeys) const
{
    IntegrityCase c;
    c.kind = kind;
    c.strength = strength;
    contestants.removeDuplicates();
    std::sort(contestants.begin(), contestants.end());
    submissions.removeDuplicates();
    std::sort(submissions.begin(), submissions.end());
    c.contestants = contestants;
    c.submissions = submissions;
    c.evidence = evidence;
    c.id = caseId(kind, idKeys);
    for (const QString& key : std::as_const(contestants)) {
        c.names << m_results.memberLabel(TieDecision::Scope::Individual, key);
        const QString prize = m_prizeOf.value(key);
        const int order = m_prizeOrder.value(prize, 0);
        if (order > 0 && (c.prizeOrder == 0 || order < c.prizeOrder)) {
            c.prizeOrder = order;
            c.prizeAtStake = prize;
        }
    }
    return c;
}

QString CaseBuilder::caseId(const QString& kind, const QStringList& keys)
{
    const QByteArray basis = (kind + QLatin1Char('\n') + keys.join(QLatin1Char('\n'))).toUtf8();
    return QStringLiteral("c-") +
           QString::fromLatin1(
               QCryptographicHash::hash(basis, QCryptographicHash::Sha256).toHex().left(12));
}
