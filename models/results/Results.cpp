#include "Results.h"

#include <algorithm>

int Results::findContestant(const QString& key) const
{
    const quint64 code = IdentityCode::key(IdentityCode::idNumber(key), IdentityCode::phone(key));
    if (code == 0)
        return -1;
    for (int i = 0; i < individual.size(); ++i) {
        if (individual.at(i).contestantCode == code)
            return i;
    }
    return -1;
}

const TieDecision* Results::appliedDecision(TieDecision::Scope scope, const QString& member) const
{
    for (const TieDecision& d : decisions) {
        if (d.scope != scope || !d.members.contains(member))
            continue;
        const bool stale = std::any_of(staleDecisions.cbegin(), staleDecisions.cend(),
                                       [&d](const StaleDecision& s) { return s.decision == d; });
        if (!stale)
            return &d;
    }
    return nullptr;
}

QString Results::memberLabel(TieDecision::Scope scope, const QString& member) const
{
    auto unitName = [this](const QString& code) {
        for (const Unit& u : units) {
            if (u.code == code)
                return u.name;
        }
        return code;
    };
    if (scope == TieDecision::Scope::Collective)
        return unitName(member);
    const int at = findContestant(member);
    if (at < 0)
        return member;
    const GradedSubmission& s = countedOf(individual.at(at));
    QStringList details;
    if (s.birthYear > 0)
        details << QString::number(s.birthYear);
    if (!s.unitCode.isEmpty())
        details << unitName(s.unitCode);
    return details.isEmpty()
               ? s.name
               : QStringLiteral("%1 (%2)").arg(s.name, details.join(QLatin1String(", ")));
}
