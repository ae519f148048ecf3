#include "SnapshotResults.h"

#include "IdentityCode.h"

#include <QJsonArray>

namespace {
quint64 codeOf(const QString& key)
{
    // The key is already normalised: an ID number (9 or 12 digits) or a phone (10).
    const quint64 id = IdentityCode::idNumber(key);
    return id != 0 ? id : IdentityCode::phone(key);
}

void readIndividual(const QJsonArray& rows, Results& r)
{
    r.submissions.reserve(rows.size());
    r.individual.reserve(rows.size());
    for (const QJsonValue& value : rows) {
        const QJsonObject o = value.toObject();
        GradedSubmission s;
        s.id = o.value(QLatin1String("submission")).toString();
        s.name = o.value(QLatin1String("name")).toString();
        s.birthYear = o.value(QLatin1String("birth_year")).toInt(); // absent before v0.2: 0
        s.unitCode = o.value(QLatin1String("unit")).toString();
        s.correct = o.value(QLatin1String("correct")).toInt();
        s.prediction = o.value(QLatin1String("prediction")).toInteger();
        s.durationMs = o.value(QLatin1String("duration_ms")).toInteger();
        if (const auto t = Rfc3339::parse(o.value(QLatin1String("submitted_at")).toString()))
            s.submittedAt = *t;
        IndividualResult row;
        row.rank = o.value(QLatin1String("rank")).toInt();
        row.contestantCode = codeOf(o.value(QLatin1String("contestant")).toString());
        row.counted = int(r.submissions.size());
        row.predictionError = o.value(QLatin1String("prediction_error")).toInteger();
        row.eligible = o.value(QLatin1String("eligible")).toBool(true);
        row.reason = o.value(QLatin1String("reason")).toString();
        row.prize = o.value(QLatin1String("prize")).toString();
        row.decidedByJudges = o.contains(QLatin1String("judges_decision"));
        r.submissions.append(s);
        r.individual.append(row);
    }
}

void readCollective(const QJsonArray& rows, Results& r)
{
    QHash<QString, std::optional<int>> headcounts;
    for (const Unit& unit : r.units)
        headcounts.insert(unit.code, unit.headcount);
    for (const QJsonValue& value : rows) {
        const QJsonObject o = value.toObject();
        CollectiveResult row;
        row.rank = o.value(QLatin1String("rank")).toInt();
        row.unitCode = o.value(QLatin1String("unit")).toString();
        row.knownUnit = headcounts.contains(row.unitCode);
        row.contestants = o.value(QLatin1String("contestants")).toInt();
        row.perfect = o.value(QLatin1String("perfect")).toInt();
        row.avgDurationMs = o.value(QLatin1String("avg_duration_ms")).toInteger();
        row.eligible = o.value(QLatin1String("eligible")).toBool(true);
        row.prize = o.value(QLatin1String("prize")).toBool();
        row.decidedByJudges = o.contains(QLatin1String("judges_decision"));
        const std::optional<int> headcount = headcounts.value(row.unitCode);
        if (headcount && *headcount > 0)
            row.participationRate = double(row.contestants) / *headcount;
        r.collective.append(row);
    }
}

void readTies(const QJsonArray& ties, Results& r)
{
    for (const QJsonValue& value : ties) {
        const QJsonObject o = value.toObject();
        UnresolvedTie tie;
        tie.prize = o.value(QLatin1String("prize")).toString();
        const bool units = o.contains(QLatin1String("units"));
        tie.scope = units ? TieDecision::Scope::Collective : TieDecision::Scope::Individual;
        for (const QJsonValue& m :
             o.value(units ? QLatin1String("units") : QLatin1String("contestants")).toArray())
            tie.members << m.toString();
        r.unresolvedTies.append(tie);
    }
}
} // namespace

namespace SnapshotResults {

Results fromJson(const QJsonObject& json, const ContestSettings& settings, const QList<Unit>& units)
{
    Results r;
    r.settings = settings;
    r.units = units;
    r.predictionTarget = json.value(QLatin1String("prediction_target")).toInteger();
    r.contestants = json.value(QLatin1String("contestants")).toInt();
    r.validSubmissions = json.value(QLatin1String("valid_submissions")).toInt();
    r.invalidSubmissions = json.value(QLatin1String("invalid_submissions")).toInt();
    readIndividual(json.value(QLatin1String("individual")).toArray(), r);
    readCollective(json.value(QLatin1String("collective")).toArray(), r);
    readTies(json.value(QLatin1String("unresolved_ties")).toArray(), r);
    // Locking refuses unresolved ties, but an old snapshot may still name some: mark them.
    for (const UnresolvedTie& tie : r.unresolvedTies) {
        for (const QString& member : tie.members) {
            if (tie.scope == TieDecision::Scope::Individual) {
                const int at = r.findContestant(member);
                if (at >= 0)
                    r.individual[at].unresolvedTie = true;
            }
        }
    }
    return r;
}

} // namespace SnapshotResults
