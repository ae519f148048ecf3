#include "ParticipationStats.h"

#include "StatisticsSummary.h"
#include "StatisticsTally.h"
#include "contest/ContestRepository.h"
#include "storage/Database.h"
#include "submissions/SubmissionValidator.h"
#include "units/UnitRepository.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <limits>

namespace {

constexpr int predictionBins = 10; // on each side of the target

qint64 scalar(Database& db, const QString& sql, const QVariantList& binds = {})
{
    QSqlQuery q = db.exec(sql, binds);
    return q.next() ? q.value(0).toLongLong() : 0;
}

QDate dateOfDayNumber(qint64 day)
{
    return QDate(1970, 1, 1).addDays(day);
}

void fillDays(ParticipationStats& s, const StatisticsTally& t, const ContestSettings& settings)
{
    const int offset = s.timezoneOffsetMinutes;
    const qint64 firstDay = StatisticsTally::dayNumber(settings.opensAt.utcMs, offset);
    const qint64 lastDay = StatisticsTally::dayNumber(settings.closesAt.utcMs, offset);
    s.firstDay = dateOfDayNumber(firstDay);
    s.lastDay = dateOfDayNumber(lastDay);
    QMap<qint64, ParticipationStats::Day> byDay;
    for (qint64 d = firstDay; d <= lastDay && d - firstDay < 3660; ++d)
        byDay[d].date = dateOfDayNumber(d);
    auto entry = [&](qint64 d) -> ParticipationStats::Day& {
        auto& e = byDay[d];
        e.date = dateOfDayNumber(d);
        return e;
    };
    const auto counts = [&](const QString& kind) { return t.counts.value(kind); };
    for (auto [d, n] : counts(StatKind::day()).asKeyValueRange())
        entry(d).submissions = n;
    for (auto [d, n] : counts(StatKind::dayPeople()).asKeyValueRange())
        entry(d).contestants = n;
    // The cumulative line counts people once, on the day they first took part.
    for (auto [d, n] : counts(StatKind::firstDay()).asKeyValueRange())
        entry(d).newContestants = n;
    qint64 running = 0;
    for (auto& e : byDay) {
        running += e.newContestants;
        e.cumulativeContestants = running;
        s.days.append(e);
    }
}

void fillDaysLeft(ParticipationStats& s, const QDateTime& now)
{
    const qint64 today =
        StatisticsTally::dayNumber(now.toMSecsSinceEpoch(), s.timezoneOffsetMinutes);
    const qint64 last = QDate(1970, 1, 1).daysTo(s.lastDay);
    const qint64 first = QDate(1970, 1, 1).daysTo(s.firstDay);
    // Before the window opens every day is still ahead; the closing day counts as left.
    s.daysLeft = int(std::max<qint64>(0, last - std::max(today, first) + 1));
}

void fillHours(ParticipationStats& s, const StatisticsTally& t)
{
    s.hours.resize(24);
    const auto hours = t.counts.value(StatKind::hour());
    for (int h = 0; h < 24; ++h)
        s.hours[h] = {h, hours.value(h)};
}

void fillUnits(Database& db, ParticipationStats& s, const StatisticsTally& t)
{
    QHash<QString, Unit> units;
    for (const Unit& u : UnitRepository(db).list())
        units.insert(u.code, u);
    for (auto it = t.units.cbegin(); it != t.units.cend(); ++it) {
        if (it->contestants <= 0)
            continue;
        ParticipationStats::UnitCount c;
        c.code = it.key();
        c.contestants = it->contestants;
        const auto u = units.constFind(c.code);
        c.name = u != units.cend() ? u->name : c.code;
        if (u != units.cend() && u->headcount && *u->headcount > 0)
            c.rate = double(c.contestants) / *u->headcount;
        s.units.append(c);
    }
    std::sort(s.units.begin(), s.units.end(), [](const auto& a, const auto& b) {
        return a.contestants != b.contestants ? a.contestants > b.contestants : a.code < b.code;
    });
}

void fillCorrect(ParticipationStats& s, const StatisticsTally& t)
{
    QMap<qint64, qint64> counts;
    for (int c = 0; c <= s.questionsPerAttempt; ++c)
        counts[c] = 0;
    for (auto [c, n] : t.counts.value(StatKind::correct()).asKeyValueRange())
        counts[c] += n;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        s.correct.append({it.key(), it.value()});
}

void fillPredictions(ParticipationStats& s,
                     const std::function<qint64(qint64, qint64)>& predictionsIn)
{
    const qint64 w = std::max<qint64>(1, s.predictionTarget / predictionBins);
    s.predictionBinWidth = w;
    const qint64 t = s.predictionTarget;
    // Bin b holds floor((prediction - target) / w) = b, the outer two everything beyond.
    constexpr qint64 far = std::numeric_limits<qint64>::max() / 4;
    for (int b = -predictionBins; b <= predictionBins; ++b) {
        const qint64 lo = b == -predictionBins ? -far : t + b * w;
        const qint64 hi = b == predictionBins ? far : t + (b + 1) * w;
        s.predictions.append({b, predictionsIn(lo, hi)});
    }
}

void fillDurations(ParticipationStats& s, const StatisticsTally& t)
{
    const int cap = StatisticsTally::durationMinutesCap;
    QList<qint64> counts(cap + 1, 0);
    for (auto [m, n] : t.counts.value(StatKind::minute()).asKeyValueRange())
        counts[std::clamp<qint64>(m, 0, cap)] += n;
    // Up to the longest minute seen (at least ten bars): thirty empty bars say nothing.
    int last = 9;
    for (int m = 0; m <= cap; ++m)
        if (counts.at(m) > 0)
            last = std::max(last, m);
    for (int m = 0; m <= last; ++m)
        s.durations.append({m, counts.at(m)});
}

void fillReasons(ParticipationStats& s, const StatisticsTally& t, qint64 conflicts)
{
    qint64 valid = 0;
    QMap<QString, qint64> invalid;
    for (auto it = t.reasons.cbegin(); it != t.reasons.cend(); ++it) {
        s.totalSubmissions += it.value();
        if (it.key().first != 0)
            valid += it.value();
        else
            invalid[it.key().second] += it.value();
    }
    s.reasons.append(
        {QString(), QCoreApplication::translate("ParticipationStats", "Valid"), valid});
    for (auto it = invalid.cbegin(); it != invalid.cend(); ++it)
        if (it.value() != 0)
            s.reasons.append({it.key(), SubmissionValidator::reasonLabel(it.key()), it.value()});
    s.reasons.append({QStringLiteral("conflict"),
                      QCoreApplication::translate("ParticipationStats", "Conflicting version"),
                      conflicts});
}

} // namespace

QString StatisticsSql::counted()
{
    return QStringLiteral("valid = 1 AND contestant_key <> ''");
}

ParticipationStats
ParticipationStats::fromTally(Database& db, const StatisticsTally& tally,
                              const ContestSettings& settings, const QDateTime& now,
                              qint64 conflicts,
                              const std::function<qint64(qint64, qint64)>& predictionsIn)
{
    ParticipationStats s;
    s.timezoneOffsetMinutes = settings.timezoneOffsetMinutes;
    s.questionsPerAttempt = settings.questionsPerAttempt;
    s.contestants = tally.contestants();
    s.validSubmissions = tally.validSubmissions();
    s.predictionTarget = StatisticsSummary::targetFor(settings, s.contestants, s.validSubmissions);
    fillDays(s, tally, settings);
    fillDaysLeft(s, now);
    fillHours(s, tally);
    fillUnits(db, s, tally);
    fillCorrect(s, tally);
    fillPredictions(s, predictionsIn);
    fillDurations(s, tally);
    fillReasons(s, tally, conflicts);
    return s;
}

ParticipationStats ParticipationStats::compute(Database& db, const QDateTime& now)
{
    const ContestSettings settings = ContestRepository(db).loadOrDefaults();
    StatisticsSummary::refresh(db);
    // Without one row per prediction value: the bins are summed in the database.
    return fromTally(
        db, StatisticsSummary::load(db, false), settings, now,
        scalar(db, QStringLiteral("SELECT COUNT(*) FROM submission_conflicts")),
        [&db](qint64 lo, qint64 hi) { return StatisticsSummary::predictionsIn(db, lo, hi); });
}

ParticipationStats ParticipationStats::asOf(Database& db, const QDate& day)
{
    const ContestSettings settings = ContestRepository(db).loadOrDefaults();
    // The end of that day where the contest is.
    const qint64 until = StatisticsTally::endOfDayMs(day, settings.timezoneOffsetMinutes);
    // Days left are counted from the next morning: the chosen day is over.
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(until + 1, Qt::UTC);
    const StatisticsTally tally = StatisticsSummary::compute(db, settings, until);
    return fromTally(db, tally, settings, now,
                     scalar(db, QStringLiteral("SELECT COUNT(*) FROM submission_conflicts")),
                     [&tally](qint64 lo, qint64 hi) { return tally.predictionsIn(lo, hi); });
}
