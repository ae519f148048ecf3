#pragma once

#include <QList>
#include <QPainter>
#include <QString>
#include <QStringList>

// A plain chart for printed reports, drawn with QPainter alone (vector on a PDF, no
// widgets, so contestctl prints it too): bars with an optional line on a second scale,
// category labels under the bars, thin grid lines. Black, grey and one blue, to survive
// a black-and-white office printer.
struct ReportChart
{
    QString title;
    QStringList labels; // one per bar
    QList<double> bars; // left scale
    QList<double> line; // right scale; empty = none
    QString barLegend;  // "" = no legend entry
    QString lineLegend;
    int labelEvery = 1; // print every n-th label when they would crowd
    bool valuesOnBars = false;
    bool percent = false; // bar values are shares 0..1

    // Into `rect` (device units), with `mm` device units per millimetre and `family` the
    // font of the document.
    void paint(QPainter& p, const QRectF& rect, double mm, const QString& family) const;

    // A "nice" step for an axis from 0 to `max` with about `ticks` lines.
    static double niceStep(double max, int ticks);
    static QString number(double v, bool percent); // Vietnamese style: 1.234; 12,5%
};
