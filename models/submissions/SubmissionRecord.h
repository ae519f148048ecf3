#pragma once

#include "core/Rfc3339.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

// One submission as received, with what validation and grading made of it. The raw JSON
// is always kept: an invalid submission is stored with its reason, never dropped.
struct SubmissionRecord
{
    struct Answer
    {
        QString question;
        QString option; // empty: unanswered (null)
    };

    QString id;
    QByteArray rawJson; // the item exactly as compact canonical JSON
    QString rawSha256;  // its SHA-256 in hex when already computed (the sync's worker does)

    // contestant, as submitted
    QString name;
    int birthYear = 0;             // 0: missing or not a usable whole number
    bool birthYearPresent = false; // given as a whole number (not missing, null or flawed)
    QString gender;
    QString idNumberRaw;
    QString phoneRaw;
    QString unit;
    QString address;

    QString startedAtText;
    QString submittedAtText;
    std::optional<Timestamp> startedAt;
    std::optional<Timestamp> submittedAt;
    QList<Answer> answers;
    bool answersWellFormed = true; // false when "answers" is not a list of {q, a}
    std::optional<qint64> prediction;
    bool predictionPresent = false;

    // What reading the item found wrong before any rule (SubmissionParser, the sync's page
    // reader): not readable as JSON, text that is not clean Unicode, a birth year that is
    // not a whole number. Each makes the submission invalid with its code and detail.
    struct Flaw
    {
        QString code;
        QString detail;
    };
    QList<Flaw> flaws;

    // decided by SubmissionValidator
    bool valid = false;
    QString invalidCode;   // e.g. "no_identity", "outside_window"
    QString invalidDetail; // human-readable, names the field
    QString contestantKey; // identity key (ID number, else phone); empty when none
    int correct = 0;
    qint64 durationMs = 0;

    // The row as SQLite stores it, encoded by the thread that judged the record
    // (EncodedRow); empty when it was not.
    QByteArray encodedRow;

    // The answers as the submissions table keeps them beside the raw JSON:
    // "Q0001=B;Q0002=;..." (an unanswered question has nothing after '=').
    QString compactAnswers() const
    {
        // Sized once: grown answer by answer, the string was reallocated a dozen times.
        qsizetype size = answers.size();
        for (const Answer& a : answers)
            size += a.question.size() + 1 + a.option.size();
        QString out;
        out.reserve(size);
        for (const Answer& a : answers) {
            if (!out.isEmpty())
                out += QLatin1Char(';');
            out += a.question + QLatin1Char('=') + a.option;
        }
        return out;
    }
};
