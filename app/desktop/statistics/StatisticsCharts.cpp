#include "StatisticsCharts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>

namespace {

QChart* newChart(const QString& title)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation); // a refresh must not flicker
    chart->legend()->setVisible(false);
    chart->setMargins(QMargins(4, 4, 4, 4));
    return chart;
}

// A vertical (or horizontal) bar chart of one set over labelled categories.
QChart* barChart(const QString& title, const QString& setName, const QStringList& labels,
                 const QList<qint64>& values, const QString& axisTitle, bool horizontal = false)
{
    QChart* chart = newChart(title);
    auto* set = new QBarSet(setName);
    qint64 max = 0;
    for (qint64 v : values) {
        set->append(double(v));
        max = std::max(max, v);
    }
    QAbstractBarSeries* series = horizontal
                                     ? static_cast<QAbstractBarSeries*>(new QHorizontalBarSeries)
                                     : static_cast<QAbstractBarSeries*>(new QBarSeries);
    series->append(set);
    series->setBarWidth(0.8);
    chart->addSeries(series);
    auto* categories = new QBarCategoryAxis;
    categories->append(labels);
    // Many days side by side on a narrow screen: upright labels stay whole ("18/06"),
    // where level ones are cut to "1…" (issue 14).
    if (!horizontal && labels.size() > 8)
        categories->setLabelsAngle(-90);
    auto* counts = new QValueAxis;
    counts->setRange(0, std::max<qint64>(1, max) * 1.1);
    counts->setLabelFormat(QStringLiteral("%d"));
    counts->applyNiceNumbers();
    if (!axisTitle.isEmpty())
        categories->setTitleText(axisTitle);
    chart->addAxis(categories, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(counts, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categories);
    series->attachAxis(counts);
    return chart;
}

QStringList keysAsLabels(const QList<StatBucket>& buckets)
{
    QStringList labels;
    for (const StatBucket& b : buckets)
        labels << QString::number(b.key);
    return labels;
}

QList<qint64> countsOf(const QList<StatBucket>& buckets)
{
    QList<qint64> counts;
    for (const StatBucket& b : buckets)
        counts << b.count;
    return counts;
}

} // namespace

QChart* StatisticsCharts::perDay(const ParticipationStats& s)
{
    QStringList labels;
    QList<qint64> submissions;
    for (const auto& d : s.days) {
        labels << d.date.toString(QStringLiteral("dd/MM"));
        submissions << d.submissions;
    }
    QChart* chart = barChart(tr("Submissions per day (days left: %1)").arg(s.daysLeft),
                             tr("Valid submissions"), labels, submissions, QString());
    // The cumulative line on its own axis: it grows far above any single day.
    auto* cumulative = new QLineSeries;
    cumulative->setName(tr("Contestants so far"));
    qint64 max = 0;
    for (int i = 0; i < s.days.size(); ++i) {
        cumulative->append(i, double(s.days.at(i).cumulativeContestants));
        max = std::max(max, s.days.at(i).cumulativeContestants);
    }
    chart->addSeries(cumulative);
    auto* right = new QValueAxis;
    right->setRange(0, std::max<qint64>(1, max) * 1.1);
    right->setLabelFormat(QStringLiteral("%d"));
    right->applyNiceNumbers();
    chart->addAxis(right, Qt::AlignRight);
    cumulative->attachAxis(chart->axes(Qt::Horizontal).first());
    cumulative->attachAxis(right);
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

QChart* StatisticsCharts::perHour(const ParticipationStats& s)
{
    return barChart(tr("Submissions by hour of day"), tr("Valid submissions"),
                    keysAsLabels(s.hours), countsOf(s.hours), tr("Hour (contest time)"));
}

QChart* StatisticsCharts::perUnit(const ParticipationStats& s, int top)
{
    // The reform index is about the offices: when headcounts are known, the bars are the
    // units that have one, each with its participation rate, and the rest (the public,
    // most of the contestants) is counted in the title instead of dwarfing every office.
    QList<ParticipationStats::UnitCount> shown;
    qint64 outside = 0;
    for (const ParticipationStats::UnitCount& u : s.units) {
        if (u.rate)
            shown.append(u);
        else
            outside += u.contestants;
    }
    const bool byHeadcount = !shown.isEmpty();
    if (!byHeadcount)
        shown = s.units;
    // Horizontal bars list from the bottom up: reversed, the largest unit is on top.
    QStringList labels;
    QList<qint64> counts;
    const QLocale locale;
    const int n = std::min<int>(top, int(shown.size()));
    for (int i = n - 1; i >= 0; --i) {
        const ParticipationStats::UnitCount& u = shown.at(i);
        labels << (u.rate ? tr("%1 (%2%)").arg(u.name, locale.toString(*u.rate * 100, 'f', 0))
                          : u.name);
        counts << u.contestants;
    }
    const QString title =
        byHeadcount && outside > 0
            ? tr("Contestants per unit and participation rate (top %1 of %2 units with a "
                 "headcount; %3 other contestants not shown)")
                  .arg(n)
                  .arg(shown.size())
                  .arg(locale.toString(outside))
            : tr("Contestants per unit (top %1 of %2)").arg(n).arg(shown.size());
    return barChart(title, tr("Contestants"), labels, counts, QString(), true);
}

QChart* StatisticsCharts::correct(const ParticipationStats& s)
{
    return barChart(tr("Correct answers (best attempt per contestant)"), tr("Contestants"),
                    keysAsLabels(s.correct), countsOf(s.correct), tr("Correct answers"));
}

QChart* StatisticsCharts::predictions(const ParticipationStats& s)
{
    // Bins are tenths of the target: a bare percentage is the shortest label that fits.
    QStringList labels;
    for (const StatBucket& b : s.predictions)
        labels << (b.key > 0 ? QStringLiteral("+%1") : QStringLiteral("%1")).arg(b.key * 10);
    return barChart(
        tr("Predictions around the target (%1)").arg(QLocale().toString(s.predictionTarget)),
        tr("Submissions"), labels, countsOf(s.predictions), tr("Difference from the target (%)"));
}

QChart* StatisticsCharts::durations(const ParticipationStats& s)
{
    QStringList labels = keysAsLabels(s.durations);
    if (!labels.isEmpty() && s.durations.last().key >= 30) // the last bar holds the longer ones
        labels.last() += QLatin1Char('+');
    return barChart(tr("Time taken"), tr("Submissions"), labels, countsOf(s.durations),
                    tr("Minutes"));
}

QChart* StatisticsCharts::validity(const ParticipationStats& s)
{
    QStringList labels;
    QList<qint64> counts;
    for (auto it = s.reasons.crbegin(); it != s.reasons.crend(); ++it) {
        labels << it->label;
        counts << it->count;
    }
    QChart* chart = barChart(tr("Valid and invalid submissions"), tr("Submissions"), labels, counts,
                             QString(), true);
    // A handful of invalid ones beside thousands of valid ones draw no visible bar: the
    // numbers say it.
    if (auto* series = qobject_cast<QAbstractBarSeries*>(chart->series().constFirst())) {
        series->setLabelsVisible(true);
        series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
        series->setLabelsPrecision(12);
        for (QBarSet* set : series->barSets())
            set->setLabelColor(Qt::black);
    }
    return chart;
}
