#include "ResultsJson.h"

namespace ResultsJson {

QJsonObject individualRow(const Results& results, const IndividualResult& row)
{
    const GradedSubmission& s = results.countedOf(row);
    QJsonObject o;
    o.insert(QStringLiteral("rank"), row.rank);
    o.insert(QStringLiteral("contestant"), row.contestant());
    o.insert(QStringLiteral("name"), s.name);
    // Beyond the contract's shape: the certificates and the locked ranking show it.
    o.insert(QStringLiteral("birth_year"),
             s.birthYear > 0 ? QJsonValue(s.birthYear) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("unit"), s.unitCode);
    o.insert(QStringLiteral("submission"), s.id);
    o.insert(QStringLiteral("correct"), s.correct);
    o.insert(QStringLiteral("prediction"), s.prediction);
    o.insert(QStringLiteral("prediction_error"), row.predictionError);
    o.insert(QStringLiteral("duration_ms"), s.durationMs);
    o.insert(QStringLiteral("submitted_at"), s.submittedAt.toString());
    o.insert(QStringLiteral("eligible"), row.eligible);
    o.insert(QStringLiteral("prize"),
             row.prize.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(row.prize));
    if (!row.eligible)
        o.insert(QStringLiteral("reason"), row.reason);
    if (row.decidedByJudges) {
        if (const TieDecision* d =
                results.appliedDecision(TieDecision::Scope::Individual, row.contestant()))
            o.insert(QStringLiteral("judges_decision"), decision(*d));
    }
    return o;
}

QJsonObject decision(const TieDecision& d)
{
    QJsonObject o;
    o.insert(QStringLiteral("prize"), d.prize);
    o.insert(QStringLiteral("order"), QJsonArray::fromStringList(d.order));
    o.insert(QStringLiteral("reason"), d.reason);
    o.insert(QStringLiteral("decided_by"), d.decidedBy);
    o.insert(QStringLiteral("decided_at"), d.decidedAt.toString());
    return o;
}

QJsonObject collectiveRow(const Results& results, const CollectiveResult& row)
{
    QJsonObject o;
    // A unit that may not receive a collective prize is listed without a rank.
    o.insert(QStringLiteral("rank"),
             row.rank > 0 ? QJsonValue(row.rank) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("unit"), row.unitCode);
    o.insert(QStringLiteral("contestants"), row.contestants);
    o.insert(QStringLiteral("perfect"), row.perfect);
    o.insert(QStringLiteral("avg_duration_ms"), row.avgDurationMs);
    o.insert(QStringLiteral("eligible"), row.eligible);
    o.insert(QStringLiteral("prize"), row.prize);
    if (row.decidedByJudges) {
        if (const TieDecision* d =
                results.appliedDecision(TieDecision::Scope::Collective, row.unitCode))
            o.insert(QStringLiteral("judges_decision"), decision(*d));
    }
    return o;
}

QJsonObject unresolvedTie(const UnresolvedTie& tie)
{
    QJsonObject o;
    o.insert(QStringLiteral("prize"), tie.prize);
    o.insert(tie.scope == TieDecision::Scope::Collective ? QStringLiteral("units")
                                                         : QStringLiteral("contestants"),
             QJsonArray::fromStringList(tie.members));
    return o;
}

QJsonObject toJson(const Results& results)
{
    QJsonArray individual;
    for (const IndividualResult& row : results.individual)
        individual.append(individualRow(results, row));
    QJsonArray collective;
    for (const CollectiveResult& row : results.collective)
        collective.append(collectiveRow(results, row));
    QJsonArray ties;
    for (const UnresolvedTie& tie : results.unresolvedTies)
        ties.append(unresolvedTie(tie));

    QJsonObject o;
    o.insert(QStringLiteral("prediction_target"), results.predictionTarget);
    o.insert(QStringLiteral("contestants"), results.contestants);
    o.insert(QStringLiteral("valid_submissions"), results.validSubmissions);
    o.insert(QStringLiteral("invalid_submissions"), results.invalidSubmissions);
    o.insert(QStringLiteral("individual"), individual);
    o.insert(QStringLiteral("collective"), collective);
    o.insert(QStringLiteral("unresolved_ties"), ties);
    return o;
}

QJsonArray staleDecisions(const Results& results)
{
    QJsonArray out;
    for (const StaleDecision& stale : results.staleDecisions) {
        QJsonObject o;
        o.insert(QStringLiteral("scope"), stale.decision.scope == TieDecision::Scope::Collective
                                              ? QStringLiteral("collective")
                                              : QStringLiteral("individual"));
        o.insert(QStringLiteral("prize"), stale.decision.prize);
        o.insert(QStringLiteral("members"), QJsonArray::fromStringList(stale.decision.members));
        o.insert(QStringLiteral("order"), QJsonArray::fromStringList(stale.decision.order));
        o.insert(QStringLiteral("why"), stale.why);
        out.append(o);
    }
    return out;
}

} // namespace ResultsJson
