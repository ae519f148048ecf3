#include "Results.h"

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
