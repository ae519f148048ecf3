#pragma once

#include <QString>

// What storing a batch did; new + invalid + duplicate + conflict = total.
struct StoreSummary
{
    int added = 0;      // new valid submissions
    int invalid = 0;    // new invalid submissions (kept with their reason)
    int duplicates = 0; // same id, identical content: nothing to do
    int conflicts = 0;  // same id, different content: kept aside for the committee
    int total() const { return added + invalid + duplicates + conflicts; }
    StoreSummary& operator+=(const StoreSummary& o);
    QString line() const; // "new 12, duplicate 3, conflict 1, invalid 2, total 18"
    // The same for people, in the interface's language (line() is contestctl's contract).
    QString describe() const;
};
