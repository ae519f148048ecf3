#include "StoreSummary.h"

#include <QCoreApplication>
#include <QLocale>

StoreSummary& StoreSummary::operator+=(const StoreSummary& o)
{
    added += o.added;
    invalid += o.invalid;
    duplicates += o.duplicates;
    conflicts += o.conflicts;
    return *this;
}

QString StoreSummary::line() const
{
    return QStringLiteral("new %1, duplicate %2, conflict %3, invalid %4, total %5")
        .arg(added)
        .arg(duplicates)
        .arg(conflicts)
        .arg(invalid)
        .arg(total());
}

QString StoreSummary::describe() const
{
    return QCoreApplication::translate(
               "SubmissionStore", "%1 new, %2 duplicate, %3 conflicting, %4 invalid, %5 in all")
        .arg(QLocale().toString(added), QLocale().toString(duplicates),
             QLocale().toString(conflicts), QLocale().toString(invalid),
             QLocale().toString(total()));
}
