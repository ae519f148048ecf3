#include "SubmissionValidator.h"

#include "core/ContestTime.h"
#include "core/Identity.h"

#include <QDateTime>
#include <QTimeZone>
#include <QVarLengthArray>

namespace {
constexpr int kEarliestBirthYear = 1900;
}

SubmissionValidator::SubmissionValidator(const ContestSettings& settings, const AnswerKey& key)
    : m_settings(settings), m_key(key),
      // Nobody born before 1900 takes part; nobody born after the contest closes.
      m_latestBirthYear(settings.closesAt.utcMs > 0 ? QDateTime::fromMSecsSinceEpoch(
                                                          settings.closesAt.utcMs, QTimeZone::utc())
                                                          .date()
                                                          .year()
                                                    : 2100)
{
}

QStringList SubmissionValidator::reasonCodes()
{
    return {QStringLiteral("no_id"),
            QStringLiteral("no_identity"),
            QStringLiteral("bad_time"),
            QStringLiteral("outside_window"),
            QStringLiteral("bad_answers"),
            QStringLiteral("answer_count"),
            QStringLiteral("unknown_question"),
            QStringLiteral("repeated_question"),
            QStringLiteral("bad_option"),
            QStringLiteral("bad_prediction"),
            QStringLiteral("bad_birth_year"),
            QStringLiteral("unreadable"),
            QStringLiteral("bad_encoding")};
}

QString SubmissionValidator::reasonLabel(const QString& code)
{
    if (code == QLatin1String("no_id"))
        return tr("No submission id");
    if (code == QLatin1String("no_identity"))
        return tr("No ID number or usable phone");
    if (code == QLatin1String("bad_time"))
        return tr("Missing or wrong start/submit time");
    if (code == QLatin1String("outside_window"))
        return tr("Submitted outside the contest window");
    if (code == QLatin1String("bad_answers"))
        return tr("Answers are not a list of question and option");
    if (code == QLatin1String("answer_count"))
        return tr("Wrong number of answers");
    if (code == QLatin1String("unknown_question"))
        return tr("Answer to a question not in the bank");
    if (code == QLatin1String("repeated_question"))
        return tr("Same question answered twice");
    if (code == QLatin1String("bad_option"))
        return tr("Option the question does not have");
    if (code == QLatin1String("bad_prediction"))
        return tr("Missing or wrong prediction");
    if (code == QLatin1String("bad_birth_year"))
        return tr("Birth year is not a plausible whole year");
    if (code == QLatin1String("unreadable"))
        return tr("Item cannot be read (raw JSON kept)");
    if (code == QLatin1String("bad_encoding"))
        return tr("Text that is not clean UTF-8 (NUL, lone surrogate, invalid bytes)");
    return code;
}

namespace {

using Entries = QVarLengthArray<const AnswerKey::Entry*, 64>;

// Whether answer i names a question that an earlier answer named. A question in the bank
// is compared by its entry; one that is not, by its text.
bool isRepeated(const QList<SubmissionRecord::Answer>& answers, const Entries& entries, qsizetype i)
{
    for (qsizetype j = 0; j < i; ++j) {
        if (entries[i] ? entries[j] == entries[i]
                       : !entries[j] && answers.at(j).question == answers.at(i).question)
            return true;
    }
    return false;
}

int gradeOf(const QList<SubmissionRecord::Answer>& answers, const Entries& entries)
{
    int correct = 0;
    for (qsizetype i = 0; i < answers.size(); ++i) {
        const QString& option = answers.at(i).option;
        if (entries[i] && option.size() == 1 && option.at(0) == entries[i]->correct)
            ++correct;
    }
    return correct;
}

} // namespace

QString SubmissionValidator::contestTime(const Timestamp& t) const
{
    // The contest's zone, in the one format people read (issue 14); to the second, since
    // a second decides whether an attempt is inside the window.
    return QDateTime::fromMSecsSinceEpoch(
               t.utcMs + qint64(m_settings.timezoneOffsetMinutes) * 60000, QTimeZone::utc())
        .toString(QStringLiteral("dd/MM/yyyy HH:mm:ss"));
}

void SubmissionValidator::judge(SubmissionRecord& r) const
{
    QStringList codes;
    QStringList details;
    int correctIfValid = 0;
    auto invalid = [&](const char* code, const QString& detail) {
        codes << QString::fromLatin1(code);
        details << detail;
    };

    // What reading the item found comes first: it is the reason the rest may look odd.
    for (const SubmissionRecord::Flaw& flaw : std::as_const(r.flaws)) {
        codes << flaw.code;
        details << flaw.detail;
    }
    if (r.id.isEmpty())
        invalid("no_id", tr("the item has no \"id\""));
    r.contestantKey = Identity::contestantKey(r.idNumberRaw, r.phoneRaw);
    if (r.contestantKey.isEmpty()) {
        invalid("no_identity",
                tr("neither a 9- or 12-digit ID number (\"%1\") nor a usable phone (\"%2\")")
                    .arg(r.idNumberRaw, r.phoneRaw));
    }
    if (r.birthYearPresent) {
        const int latest = m_latestBirthYear;
        if (r.birthYear < kEarliestBirthYear || r.birthYear > latest) {
            invalid("bad_birth_year",
                    tr("birth year (contestant.birth_year) %1 is not between %2 and %3")
                        .arg(r.birthYear)
                        .arg(kEarliestBirthYear)
                        .arg(latest));
        }
    }
    if (!r.startedAt) {
        invalid("bad_time", r.startedAtText.isEmpty()
                                ? tr("started_at is missing")
                                : tr("started_at \"%1\" is not RFC 3339").arg(r.startedAtText));
    }
    if (!r.submittedAt) {
        invalid("bad_time", r.submittedAtText.isEmpty()
                                ? tr("submitted_at is missing")
                                : tr("submitted_at \"%1\" is not RFC 3339").arg(r.submittedAtText));
    }
    if (r.startedAt && r.submittedAt) {
        if (r.startedAt->utcMs > r.submittedAt->utcMs)
            invalid("bad_time",
                    tr("started (started_at) %1, after it was submitted (submitted_at) %2")
                        .arg(contestTime(*r.startedAt), contestTime(*r.submittedAt)));
        else
            r.durationMs = r.submittedAt->utcMs - r.startedAt->utcMs;
    }
    if (r.submittedAt && (r.submittedAt->utcMs < m_settings.opensAt.utcMs ||
                          r.submittedAt->utcMs > m_settings.closesAt.utcMs)) {
        invalid("outside_window",
                tr("submitted (submitted_at) %1, outside the contest window %2 – %3 (%4)")
                    .arg(contestTime(*r.submittedAt), contestTime(m_settings.opensAt),
                         contestTime(m_settings.closesAt),
                         ContestTime::zoneLabel(m_settings.timezoneOffsetMinutes)));
    }
    if (!r.answersWellFormed) {
        invalid("bad_answers", tr("\"answers\" must be a list of {\"q\": ID, \"a\": KEY or null}"));
    } else {
        if (r.answers.size() != m_settings.questionsPerAttempt) {
            invalid("answer_count", tr("%1 answers, but each attempt has %2 questions")
                                        .arg(r.answers.size())
                                        .arg(m_settings.questionsPerAttempt));
        }
        // Each answer's entry, looked up once for checking and grading. Repeats are found
        // among the earlier answers (an attempt holds a few dozen): cheaper than a hash set,
        // which this loop, run for every submission of a sync, used to spend most time in.
        QVarLengthArray<const AnswerKey::Entry*, 64> entries;
        for (qsizetype i = 0; i < r.answers.size(); ++i) {
            const SubmissionRecord::Answer& a = r.answers.at(i);
            const AnswerKey::Entry* e = m_key.find(a.question);
            entries.append(e);
            if (!e) {
                invalid("unknown_question", tr("question %1 is not in the bank").arg(a.question));
            } else if (!a.option.isEmpty() &&
                       (a.option.size() != 1 || !e->optionKeys.contains(a.option.at(0)))) {
                invalid("bad_option",
                        tr("question %1 has no option \"%2\"").arg(a.question, a.option));
            }
            if (isRepeated(r.answers, entries, i))
                invalid("repeated_question", tr("question %1 is answered twice").arg(a.question));
        }
        correctIfValid = gradeOf(r.answers, entries);
    }
    if (!r.prediction) {
        invalid("bad_prediction", r.predictionPresent ? tr("prediction is not a whole number ≥ 0")
                                                      : tr("prediction is missing"));
    }

    r.valid = codes.isEmpty();
    r.invalidCode = codes.value(0);
    r.invalidDetail = details.join(QStringLiteral("; "));
    r.correct = r.valid ? correctIfValid : 0;
}
