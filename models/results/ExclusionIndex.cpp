#include "ExclusionIndex.h"

#include "IdentityCode.h"

#include <algorithm>

ExclusionIndex::ExclusionIndex(const QList<Exclusion>& exclusions)
{
    for (int i = 0; i < exclusions.size(); ++i) {
        const Exclusion& e = exclusions.at(i);
        // Values arrive normalised; encoding them again with the same rules as the
        // submissions guarantees an entry matches exactly the people it names.
        quint64 code = 0;
        if (e.type == QLatin1String("id_number"))
            code = IdentityCode::idNumber(e.value);
        else if (e.type == QLatin1String("phone"))
            code = IdentityCode::phone(e.value);
        else if (e.type == QLatin1String("unit"))
            m_units[e.value] << i;
        if (code != 0)
            m_persons.emplace_back(code, i);
    }
    std::sort(m_persons.begin(), m_persons.end());
}

void ExclusionIndex::matchPerson(quint64 code, QList<int>& hits) const
{
    if (code == 0 || m_persons.empty())
        return;
    auto it = std::lower_bound(m_persons.begin(), m_persons.end(), std::make_pair(code, -1));
    for (; it != m_persons.end() && it->first == code; ++it) {
        if (!hits.contains(it->second))
            hits << it->second;
    }
}

bool ExclusionIndex::hasPerson(quint64 code) const
{
    if (code == 0)
        return false;
    auto it = std::lower_bound(m_persons.begin(), m_persons.end(), std::make_pair(code, -1));
    return it != m_persons.end() && it->first == code;
}

void ExclusionIndex::matchUnit(const QString& unitCode, QList<int>& hits) const
{
    if (m_units.isEmpty())
        return;
    const auto it = m_units.constFind(unitCode);
    if (it == m_units.cend())
        return;
    for (int i : *it) {
        if (!hits.contains(i))
            hits << i;
    }
}

QString ExclusionIndex::describe(const Exclusion& e)
{
    if (e.byJudges)
        return tr("excluded by the judges: %1").arg(e.reason);
    return tr("%1 %2 is on the exclusion list (%3)")
        .arg(Exclusion::typeLabel(e.type), e.value, e.reason);
}
