#pragma once

#include <QString>

// One valid submission as the integrity scans read it (the answers are not kept: a
// million answer texts would be; the scans that need them read them again).
struct ScannedAttempt
{
    QString id;
    QString name;
    int birthYear = 0;
    QString idNumber; // normalised, or empty
    QString phone;    // normalised, or empty
    QString unit;     // the unit code as declared
    QString key;      // the contestant key
    qint64 durationMs = 0;
    qint64 submittedAtMs = 0;
    qint64 prediction = 0;
    QString client; // meta.client of the contest site: a keyed hash of the device

    // "Name (year)", as the evidence names a person.
    QString personText() const
    {
        return birthYear > 0 ? QStringLiteral("%1 (%2)").arg(name).arg(birthYear) : name;
    }
};
