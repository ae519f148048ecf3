#pragma once

// The dashboard's figures as they were computed before the summary tables: aggregate SQL
// straight over the submissions table, the best attempt standing for the counted one.
// Kept as the reference the summary is compared with (TestStatisticsSummary); only its
// per-unit and score figures differ by design (they now follow the counted attempt, and
// are compared with the ranking engine instead).
#include "contest/ContestRepository.h"
#include "statistics/ParticipationStats.h"
#include "storage/Database.h"
#include "submissions/SubmissionValidator.h"
#include "units/UnitRepository.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace DirectStatistics {
namespace detail {

constexpr qint64 msPerDay = 86400000;
constexpr qint64 msPerHour = 3600000;
constexpr int durationMinutesCap = 30; // longer attempts share the last bar
constexpr int predictionBins = 10;     // on each side of the target

inline QString counted()
{
    return QStringLiteral("valid = 1 AND contestant_key <> ''");
}

inline QString dayOf(int offsetMinutes)
{
    return QStringLiteral("((submitted_at_ms + %1) / %2)")
        .arg(qint64(offsetMinutes) * 60000)
        .arg(msPerDay);
}

inline qint64 scalar(Database& db, const QString& sql, const QVariantList& binds = {})
{
    QSqlQuery q = db.exec(sql, binds);
    return q.next() ? q.value(0).toLongLong() : 0;
}

inline QDate dateOfDayNumber(qint64 day)
{
    return QDate(1970, 1, 1).addDays(day);
}

inline qint64 dayNumberOf(qint64 utcMs, int offsetMinutes)
{
    const qint64 local = utcMs + qint64(offsetMinutes) * 60000;
    return local >= 0 ? local / msPerDay : -((-local + msPerDay - 1) / msPerDay);
}

inline void fillDays(Database& db, ParticipationStats& s, const ContestSettings& settings)
{
    const int offset = s.timezoneOffsetMinutes;
    const qint64 firstDay = dayNumberOf(settings.opensAt.utcMs, offset);
    const qint64 lastDay = dayNumberOf(settings.closesAt.utcMs, offset);
    s.firstDay = dateOfDayNumber(firstDay);
    s.lastDay = dateOfDayNumber(lastDay);
    QMap<qint64, ParticipationStats::Day> byDay;
    for (qint64 d = firstDay; d <= lastDay && d - firstDay < 3660; ++d)
        byDay[d].date = dateOfDayNumber(d);

    const QString day = dayOf(offset);
    QSqlQuery q = db.exec(QStringLiteral("SELECT %1 AS d, COUNT(*), COUNT(DISTINCT contestant_key) "
                                         "FROM ref_rows WHERE %2 GROUP BY d")
                              .arg(day, counted()));
    while (q.next()) {
        auto& entry = byDay[q.value(0).toLongLong()];
        entry.date = dateOfDayNumber(q.value(0).toLongLong());
        entry.submissions = q.value(1).toLongLong();
        entry.contestants = q.value(2).toLongLong();
    }
    // The cumulative line counts people once, on the day they first took part.
    q = db.exec(
        QStringLiteral("SELECT (first_ms + %1) / %2 AS d, COUNT(*) FROM ref_people GROUP BY d")
            .arg(qint64(offset) * 60000)
            .arg(msPerDay));
    while (q.next()) {
        auto& entry = byDay[q.value(0).toLongLong()];
        entry.date = dateOfDayNumber(q.value(0).toLongLong());
        entry.newContestants = q.value(1).toLongLong();
    }
    qint64 running = 0;
    for (auto& entry : byDay) {
        running += entry.newContestants;
        entry.cumulativeContestants = running;
        s.days.append(entry);
    }
}

inline void fillDaysLeft(ParticipationStats& s, const QDateTime& now)
{
    const qint64 today = dayNumberOf(now.toMSecsSinceEpoch(), s.timezoneOffsetMinutes);
    const qint64 last = QDate(1970, 1, 1).daysTo(s.lastDay);
    const qint64 first = QDate(1970, 1, 1).daysTo(s.firstDay);
    // Before the window opens every day is still ahead; the closing day counts as left.
    s.daysLeft = int(std::max<qint64>(0, last - std::max(today, first) + 1));
}

inline void fillHours(Database& db, ParticipationStats& s)
{
    s.hours.resize(24);
    for (int h = 0; h < 24; ++h)
        s.hours[h].key = h;
    // The offset keeps the dividend positive for any date after 1970.
    QSqlQuery q = db.exec(QStringLiteral("SELECT ((submitted_at_ms + %1) / %2) % 24 AS h, COUNT(*) "
                                         "FROM ref_rows WHERE %3 GROUP BY h")
                              .arg(qint64(s.timezoneOffsetMinutes) * 60000)
                              .arg(msPerHour)
                              .arg(counted()));
    while (q.next()) {
        const int h = q.value(0).toInt();
        if (h >= 0 && h < 24)
            s.hours[h].count = q.value(1).toLongLong();
    }
}

inline void fillUnits(Database& db, ParticipationStats& s)
{
    QHash<QString, Unit> units;
    for (const Unit& u : UnitRepository(db).list())
        units.insert(u.code, u);
    QSqlQuery q =
        db.exec(QStringLiteral("SELECT unit, COUNT(DISTINCT contestant_key) FROM ref_rows "
                               "WHERE %1 GROUP BY unit")
                    .arg(counted()));
    while (q.next()) {
        ParticipationStats::UnitCount c;
        c.code = q.value(0).toString();
        c.contestants = q.value(1).toLongLong();
        const auto it = units.constFind(c.code);
        c.name = it != units.cend() ? it->name : c.code;
        if (it != units.cend() && it->headcount && *it->headcount > 0)
            c.rate = double(c.contestants) / *it->headcount;
        s.units.append(c);
    }
    std::sort(s.units.begin(), s.units.end(), [](const auto& a, const auto& b) {
        return a.contestants != b.contestants ? a.contestants > b.contestants : a.code < b.code;
    });
}

inline void fillCorrect(Database& db, ParticipationStats& s)
{
    QMap<qint64, qint64> counts;
    for (int c = 0; c <= s.questionsPerAttempt; ++c)
        counts[c] = 0;
    // The best attempt per person: what the default "counted attempt" ranks by first.
    QSqlQuery q = db.exec(QStringLiteral("SELECT best, COUNT(*) FROM ref_people GROUP BY best"));
    while (q.next())
        counts[q.value(0).toLongLong()] = q.value(1).toLongLong();
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        s.correct.append({it.key(), it.value()});
}

inline void fillPredictions(Database& db, ParticipationStats& s)
{
    const qint64 w = std::max<qint64>(1, s.predictionTarget / predictionBins);
    s.predictionBinWidth = w;
    QMap<qint64, qint64> counts;
    for (int b = -predictionBins; b <= predictionBins; ++b)
        counts[b] = 0;
    // floor((prediction - target) / w), written for SQL's truncating division.
    const QString t = QString::number(s.predictionTarget);
    const QString width = QString::number(w);
    QSqlQuery q =
        db.exec(QStringLiteral("SELECT CASE WHEN prediction >= %1 THEN (prediction - %1) / %2 "
                               "ELSE -((%1 - prediction + %2 - 1) / %2) END AS b, COUNT(*) "
                               "FROM ref_rows WHERE %3 AND prediction IS NOT NULL GROUP BY b")
                    .arg(t, width, counted()));
    while (q.next()) {
        const qint64 b =
            std::clamp<qint64>(q.value(0).toLongLong(), -predictionBins, predictionBins);
        counts[b] += q.value(1).toLongLong();
    }
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        s.predictions.append({it.key(), it.value()});
}

inline void fillDurations(Database& db, ParticipationStats& s)
{
    QList<qint64> counts(durationMinutesCap + 1, 0);
    QSqlQuery q = db.exec(QStringLiteral("SELECT duration_ms / 60000 AS m, COUNT(*) FROM ref_rows "
                                         "WHERE %1 GROUP BY m")
                              .arg(counted()));
    while (q.next()) {
        const qint64 m = std::clamp<qint64>(q.value(0).toLongLong(), 0, durationMinutesCap);
        counts[m] += q.value(1).toLongLong();
    }
    // Up to the longest minute seen (at least ten bars): thirty empty bars say nothing.
    int last = 9;
    for (int m = 0; m <= durationMinutesCap; ++m)
        if (counts.at(m) > 0)
            last = std::max(last, m);
    for (int m = 0; m <= last; ++m)
        s.durations.append({m, counts.at(m)});
}

inline void fillReasons(Database& db, ParticipationStats& s)
{
    QSqlQuery q = db.exec(QStringLiteral("SELECT valid, COALESCE(invalid_code, ''), COUNT(*) "
                                         "FROM submissions GROUP BY valid, invalid_code"));
    qint64 valid = 0;
    QMap<QString, qint64> invalid;
    while (q.next()) {
        const qint64 n = q.value(2).toLongLong();
        s.totalSubmissions += n;
        if (q.value(0).toInt() != 0)
            valid += n;
        else
            invalid[q.value(1).toString()] += n;
    }
    s.reasons.append(
        {QString(), QCoreApplication::translate("ParticipationStats", "Valid"), valid});
    for (auto it = invalid.cbegin(); it != invalid.cend(); ++it)
        s.reasons.append({it.key(), SubmissionValidator::reasonLabel(it.key()), it.value()});
    s.reasons.append({QStringLiteral("conflict"),
                      QCoreApplication::translate("ParticipationStats", "Conflicting version"),
                      scalar(db, QStringLiteral("SELECT COUNT(*) FROM submission_conflicts"))});
}

} // namespace detail

inline ParticipationStats compute(Database& db, const QDateTime& now)
{
    const ContestSettings settings = ContestRepository(db).loadOrDefaults();
    // One pass over the wide submissions table (raw JSON makes every row long) into a narrow
    // temporary copy of what counts; the GROUP BYs below then read that instead of each
    // scanning the whole table again.
    db.exec(QStringLiteral("DROP TABLE IF EXISTS ref_rows"));
    db.exec(QStringLiteral("DROP TABLE IF EXISTS ref_people"));
    db.exec(QStringLiteral(
                "CREATE TEMP TABLE ref_rows AS SELECT valid, contestant_key, unit, "
                "submitted_at_ms, duration_ms, prediction, correct FROM submissions WHERE %1")
                .arg(detail::counted()));
    // And one row per person (first submission, best score): three figures need it.
    db.exec(QStringLiteral("CREATE TEMP TABLE ref_people AS SELECT contestant_key, "
                           "MIN(submitted_at_ms) AS first_ms, MAX(correct) AS best FROM ref_rows "
                           "GROUP BY contestant_key"));
    ParticipationStats s;
    s.timezoneOffsetMinutes = settings.timezoneOffsetMinutes;
    s.questionsPerAttempt = settings.questionsPerAttempt;
    s.contestants = detail::scalar(db, QStringLiteral("SELECT COUNT(*) FROM ref_people"));
    s.validSubmissions = detail::scalar(db, QStringLiteral("SELECT COUNT(*) FROM ref_rows WHERE %1")
                                                .arg(detail::counted()));
    switch (settings.predictionTarget.kind) {
    case PredictionTarget::Kind::Contestants:
        s.predictionTarget = s.contestants;
        break;
    case PredictionTarget::Kind::Submissions:
        s.predictionTarget = s.validSubmissions;
        break;
    case PredictionTarget::Kind::Fixed:
        s.predictionTarget = settings.predictionTarget.fixedValue;
        break;
    }
    detail::fillDays(db, s, settings);
    detail::fillDaysLeft(s, now);
    detail::fillHours(db, s);
    detail::fillUnits(db, s);
    detail::fillCorrect(db, s);
    detail::fillPredictions(db, s);
    detail::fillDurations(db, s);
    detail::fillReasons(db, s);
    db.exec(QStringLiteral("DROP TABLE ref_rows"));
    db.exec(QStringLiteral("DROP TABLE ref_people"));
    return s;
}

} // namespace DirectStatistics
