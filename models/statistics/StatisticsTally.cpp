#include "StatisticsTally.h"

#include <algorithm>

namespace {
constexpr qint64 msPerDay = 86400000;
constexpr qint64 msPerHour = 3600000;
} // namespace

qint64 StatisticsTally::dayNumber(qint64 utcMs, int offsetMinutes)
{
    const qint64 local = utcMs + qint64(offsetMinutes) * 60000;
    return local >= 0 ? local / msPerDay : -((-local + msPerDay - 1) / msPerDay);
}

qint64 StatisticsTally::endOfDayMs(const QDate& day, int offsetMinutes)
{
    return QDate(1970, 1, 1).daysTo(day.addDays(1)) * msPerDay - qint64(offsetMinutes) * 60000 - 1;
}

qint64 StatisticsTally::sum(const QString& kind) const
{
    qint64 total = 0;
    for (qint64 n : counts.value(kind))
        total += n;
    return total;
}

qint64 StatisticsTally::predictionsIn(qint64 lo, qint64 hi) const
{
    const QMap<qint64, qint64> values = counts.value(StatKind::prediction());
    qint64 n = 0;
    for (auto it = values.lowerBound(lo); it != values.cend() && it.key() < hi; ++it)
        n += it.value();
    return n;
}

void StatisticsTally::add(const QString& kind, qint64 key, qint64 n)
{
    if (n != 0)
        counts[kind][key] += n;
}

namespace {
qint64 blockOf(qint64 p)
{
    const qint64 b = StatisticsTally::predictionBlock;
    return p >= 0 ? p / b : -((-p + b - 1) / b);
}
} // namespace

void StatisticsTally::addRow(const StatRow& row, int offsetMinutes, int sign)
{
    reasons[{row.valid ? 1 : 0, row.valid ? QString() : row.invalidCode}] += sign;
    if (!row.counted())
        return;
    if (row.submittedMs) {
        const qint64 local = *row.submittedMs + qint64(offsetMinutes) * 60000;
        add(StatKind::day(), dayNumber(*row.submittedMs, offsetMinutes), sign);
        const qint64 hour = ((local % (24 * msPerHour)) + 24 * msPerHour) % (24 * msPerHour);
        add(StatKind::hour(), hour / msPerHour, sign);
    }
    add(StatKind::minute(), std::clamp<qint64>(row.durationMs / 60000, 0, durationMinutesCap),
        sign);
    if (row.prediction) {
        add(StatKind::prediction(), *row.prediction, sign);
        add(StatKind::predictionBlock(), blockOf(*row.prediction), sign);
    }
}

void StatisticsTally::addSortedPredictions(const std::vector<qint64>& sorted)
{
    // Ascending keys land after the last one: inserted there from the hint, no search.
    auto addTo = [](QMap<qint64, qint64>& map, qint64 key, qint64 n) {
        if (map.isEmpty() || map.lastKey() < key)
            map.insert(map.cend(), key, n);
        else
            map[key] += n;
    };
    QMap<qint64, qint64>& values = counts[StatKind::prediction()];
    QMap<qint64, qint64>& blocks = counts[StatKind::predictionBlock()];
    for (size_t i = 0; i < sorted.size();) {
        size_t j = i;
        while (j < sorted.size() && sorted[j] == sorted[i])
            ++j;
        addTo(values, sorted[i], qint64(j - i));
        addTo(blocks, blockOf(sorted[i]), qint64(j - i));
        i = j;
    }
}

void StatisticsTally::addPerson(const PersonFigures& p, int questionsPerAttempt, int sign)
{
    for (qint64 d : p.days)
        add(StatKind::dayPeople(), d, sign);
    add(StatKind::firstDay(), p.firstDay, sign);
    add(StatKind::correct(), p.correct, sign);
    Unit& u = units[p.unit];
    u.contestants += sign;
    u.correctSum += sign * p.correct;
    u.perfect += p.correct >= questionsPerAttempt ? sign : 0;
}

PersonFigures StatisticsTally::person(QList<StatAttempt>& attempts, const CountedAttemptRule& rule,
                                      qint64 target, int offsetMinutes)
{
    PersonFigures p;
    const int counted = rule.choose(attempts, target);
    if (counted < 0)
        return p;
    // Sorted by submitted_at: the first one is the first day.
    p.firstDay = dayNumber(attempts.first().submittedMs, offsetMinutes);
    for (const StatAttempt& a : attempts) {
        const qint64 d = dayNumber(a.submittedMs, offsetMinutes);
        if (p.days.isEmpty() || p.days.last() != d)
            p.days.append(d);
    }
    p.unit = attempts.at(counted).unit;
    p.correct = attempts.at(counted).correct;
    p.dependsOnTarget = rule.dependsOnTarget(attempts);
    return p;
}
