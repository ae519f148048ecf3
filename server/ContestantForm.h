#pragma once

#include "PublishedContest.h"

#include <QJsonObject>
#include <QString>

// Checks the contestant's fields of POST .../attempts (and of the site's form) the way
// rules.md reads a SUBMISSION: a name, a plausible birth year, a gender, a usable CCCD
// or phone, a published unit. Each bad field gets its own Vietnamese message, so the
// page can show it beside the field.
class ContestantForm
{
public:
    struct Result
    {
        QJsonObject contestant; // normalised, as the SUBMISSION will carry it
        QString identity;       // Identity::contestantKey: who attempts_max counts
        QJsonObject fields;     // field -> message; empty when all is well
        bool ok() const { return fields.isEmpty(); }
    };

    // `input` may hold birth_year as a number (JSON) or as text (a form post).
    static Result check(const QJsonObject& input, const PublishedContest& contest);
    static QStringList genders(); // "Nam", "Nữ", "Khác"
    static constexpr int kMaxText = 200;
};
