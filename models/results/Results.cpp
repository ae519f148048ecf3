#include "Results.h"

#include "core/Identity.h"

int Results::findContestant(const QString& key) const
{
    QStringList candidates{key, Identity::normalizeIdNumber(key), Identity::normalizePhone(key)};
    for (const QString& k : std::as_const(candidates)) {
        if (k.isEmpty())
            continue;
        for (int i = 0; i < individual.size(); ++i) {
            if (individual.at(i).contestant == k)
                return i;
        }
    }
    return -1;
}
