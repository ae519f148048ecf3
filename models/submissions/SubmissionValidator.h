#pragma once

#include "AnswerKey.h"
#include "SubmissionRecord.h"
#include "contest/ContestSettings.h"

#include <QCoreApplication>

// Decides whether a submission is valid exactly as rules.md ("Valid and invalid
// submissions") says, and grades a valid one against the suite's own answer key.
class SubmissionValidator
{
    Q_DECLARE_TR_FUNCTIONS(SubmissionValidator)
public:
    SubmissionValidator(const ContestSettings& settings, const AnswerKey& key);

    // Fills valid, invalidCode/Detail, contestantKey, correct and durationMs.
    void judge(SubmissionRecord& record) const;

    // Stable codes for the reasons (statistics group by them).
    static QStringList reasonCodes();
    static QString reasonLabel(const QString& code); // translated

private:
    QString contestTime(const Timestamp& t) const;

    ContestSettings m_settings;
    const AnswerKey& m_key;
    int m_latestBirthYear;
};
