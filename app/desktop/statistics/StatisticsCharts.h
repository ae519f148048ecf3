#pragma once

#include "statistics/ParticipationStats.h"

#include <QCoreApplication>

class QChart;

// The dashboard's charts, built from the figures. Each returns a new chart the caller owns.
class StatisticsCharts
{
    Q_DECLARE_TR_FUNCTIONS(StatisticsCharts)
public:
    static QChart* perDay(const ParticipationStats& s);
    static QChart* perHour(const ParticipationStats& s);
    static QChart* perUnit(const ParticipationStats& s, int top = 15);
    static QChart* correct(const ParticipationStats& s);
    static QChart* predictions(const ParticipationStats& s);
    static QChart* durations(const ParticipationStats& s);
    static QChart* validity(const ParticipationStats& s);
};
