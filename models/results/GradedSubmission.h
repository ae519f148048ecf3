#pragma once

#include "core/Rfc3339.h"

#include <QString>

// One submission as the ranking engine receives it: the contestant's fields exactly as
// submitted, plus what validation and grading decided upstream. The engine never
// re-validates or re-grades; it only normalises the identity fields to group people.
struct GradedSubmission
{
    QString id; // the server's submission id
    QString name;
    int birthYear = 0; // 0 when not given
    QString idNumber;  // raw, as typed
    QString phone;     // raw, as typed
    QString unitCode;  // as submitted; compared exactly with Unit::code
    bool valid = true;
    QString invalidReason; // when !valid
    int correct = 0;
    qint64 prediction = 0;
    Timestamp startedAt;
    Timestamp submittedAt;
    qint64 durationMs = 0; // submitted_at - started_at
};
