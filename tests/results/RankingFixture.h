#pragma once

#include "contest/ContestSettings.h"
#include "results/GradedSubmission.h"
#include "results/RankingEngine.h"
#include "results/Results.h"

#include <QRegularExpression>
#include <QString>

// Small hand-written contests: every submission is built from the few fields a test
// cares about, the rest default to something that never decides a rank.
namespace RankingFixture {

inline ContestSettings settings()
{
    ContestSettings s = ContestSettings::defaults();
    s.predictionTarget.kind = PredictionTarget::Kind::Fixed;
    s.predictionTarget.fixedValue = 100;
    return s;
}

// A valid submission by the person with this ID number (or phone when person is a phone).
inline GradedSubmission sub(const QString& id, const QString& person, int correct,
                            qint64 prediction = 100, qint64 durationMs = 100000, int minute = 0,
                            const QString& unit = QStringLiteral("U1"))
{
    GradedSubmission s;
    s.id = id;
    s.name = QStringLiteral("Name of ") + person;
    static const QRegularExpression idPattern(QStringLiteral("^(\\d{9}|\\d{12})$"));
    if (idPattern.match(person).hasMatch())
        s.idNumber = person;
    else
        s.phone = person;
    s.unitCode = unit;
    s.correct = correct;
    s.prediction = prediction;
    s.durationMs = durationMs;
    s.submittedAt = *Rfc3339::parse(u"2024-06-03T08:00:00+07:00");
    s.submittedAt.utcMs += qint64(minute) * 60000;
    s.startedAt = s.submittedAt;
    s.startedAt.utcMs -= durationMs;
    return s;
}

inline const IndividualResult& row(const Results& r, const QString& key)
{
    const int at = r.findContestant(key);
    Q_ASSERT(at >= 0);
    return r.individual.at(at);
}

inline QString countedId(const Results& r, const QString& key)
{
    return r.countedOf(row(r, key)).id;
}

// Twelve-digit ID numbers that sort in the order of n.
inline QString person(int n)
{
    return QStringLiteral("0011900%1").arg(n, 5, 10, QLatin1Char('0'));
}

} // namespace RankingFixture
