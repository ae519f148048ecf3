#include "ReportChart.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace {

const QColor kBar(0x3a, 0x6e, 0xa5);
const QColor kLine(0x20, 0x20, 0x20);

QFont fontOf(const QString& family, double pt, double mm, bool bold = false)
{
    QFont f(family);
    // Point sizes on a printer device: 1 pt = 0.3528 mm.
    f.setPixelSize(std::max(1, int(std::lround(pt * 0.3528 * mm))));
    f.setBold(bold);
    return f;
}

} // namespace

double ReportChart::niceStep(double max, int ticks)
{
    if (max <= 0)
        return 1;
    const double raw = max / std::max(1, ticks);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (raw <= m * magnitude)
            return m * magnitude;
    return 10 * magnitude;
}

QString ReportChart::number(double v, bool percent)
{
    const QLocale vi(QLocale::Vietnamese);
    if (percent)
        return vi.toString(v * 100, 'f', v * 100 < 10 && v > 0 ? 1 : 0) + QLatin1Char('%');
    if (std::abs(v - std::round(v)) < 1e-9)
        return vi.toString(qint64(std::llround(v)));
    return vi.toString(v, 'f', 1);
}

void ReportChart::paint(QPainter& p, const QRectF& rect, double mm, const QString& family) const
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const QFont titleFont = fontOf(family, 10.5, mm, true);
    const QFont small = fontOf(family, 8, mm);
    const QFontMetricsF titleMetrics(titleFont, p.device());
    const QFontMetricsF smallMetrics(small, p.device());

    double top = rect.top();
    if (!title.isEmpty()) {
        p.setFont(titleFont);
        p.setPen(Qt::black);
        p.drawText(QRectF(rect.left(), top, rect.width(), titleMetrics.height()),
                   Qt::AlignHCenter | Qt::AlignTop, title);
        top += titleMetrics.height() + 1.5 * mm;
    }
    const bool legend = !barLegend.isEmpty() || (!line.isEmpty() && !lineLegend.isEmpty());
    const double legendHeight = legend ? smallMetrics.height() + 1.5 * mm : 0;
    const double labelHeight = smallMetrics.height() + 1 * mm;

    const double maxBar = bars.isEmpty() ? 0 : *std::max_element(bars.cbegin(), bars.cend());
    const double barStep = niceStep(percent ? std::max(maxBar, 0.01) : std::max(maxBar, 1.0), 4);
    const double barTop = std::ceil(std::max(maxBar, 1e-9) / barStep) * barStep;
    const double maxLine = line.isEmpty() ? 0 : *std::max_element(line.cbegin(), line.cend());
    const double lineStep = niceStep(std::max(maxLine, 1.0), 4);
    const double lineTop = std::ceil(std::max(maxLine, 1e-9) / lineStep) * lineStep;

    auto axisWidth = [&](double topValue, double step, bool pc) {
        double w = 0;
        for (double v = 0; v <= topValue + step / 2; v += step)
            w = std::max(w, smallMetrics.horizontalAdvance(number(v, pc)));
        return w + 1.5 * mm;
    };
    const double leftAxis = axisWidth(barTop, barStep, percent);
    const double rightAxis = line.isEmpty() ? 2 * mm : axisWidth(lineTop, lineStep, false);
    const QRectF plot(rect.left() + leftAxis, top + 1 * mm, rect.width() - leftAxis - rightAxis,
                      rect.bottom() - top - labelHeight - legendHeight - 1 * mm);
    if (plot.width() <= 0 || plot.height() <= 0) {
        p.restore();
        return;
    }

    // Grid and left scale.
    p.setFont(small);
    for (double v = 0; v <= barTop + barStep / 2; v += barStep) {
        const double y = plot.bottom() - v / barTop * plot.height();
        p.setPen(QPen(QColor(0xbb, 0xbb, 0xbb), 0.15 * mm));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(Qt::black);
        p.drawText(QRectF(rect.left(), y - smallMetrics.height() / 2, leftAxis - 1 * mm,
                          smallMetrics.height()),
                   Qt::AlignRight | Qt::AlignVCenter, number(v, percent));
    }
    if (!line.isEmpty()) {
        for (double v = 0; v <= lineTop + lineStep / 2; v += lineStep) {
            const double y = plot.bottom() - v / lineTop * plot.height();
            p.drawText(QRectF(plot.right() + 1 * mm, y - smallMetrics.height() / 2,
                              rightAxis - 1 * mm, smallMetrics.height()),
                       Qt::AlignLeft | Qt::AlignVCenter, number(v, false));
        }
    }

    // Bars, their labels and values.
    const int n = int(bars.size());
    const double slot = n > 0 ? plot.width() / n : plot.width();
    const double barWidth = slot * 0.7;
    for (int i = 0; i < n; ++i) {
        const double h = bars.at(i) / barTop * plot.height();
        const QRectF bar(plot.left() + i * slot + (slot - barWidth) / 2, plot.bottom() - h,
                         barWidth, h);
        p.fillRect(bar, kBar);
        if (valuesOnBars && bars.at(i) > 0) {
            p.setPen(Qt::black);
            p.drawText(QRectF(bar.left() - slot, bar.top() - smallMetrics.height(),
                              bar.width() + 2 * slot, smallMetrics.height()),
                       Qt::AlignHCenter | Qt::AlignBottom, number(bars.at(i), percent));
        }
        if (i < labels.size() && i % std::max(1, labelEvery) == 0) {
            p.setPen(Qt::black);
            p.drawText(QRectF(plot.left() + i * slot - slot, plot.bottom() + 0.8 * mm, 3 * slot,
                              labelHeight),
                       Qt::AlignHCenter | Qt::AlignTop, labels.at(i));
        }
    }
    p.setPen(QPen(Qt::black, 0.25 * mm));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    p.drawLine(plot.bottomLeft(), plot.topLeft());

    // The line on the right scale.
    if (!line.isEmpty()) {
        QPolygonF points;
        for (int i = 0; i < line.size() && i < n; ++i)
            points << QPointF(plot.left() + (i + 0.5) * slot,
                              plot.bottom() - line.at(i) / lineTop * plot.height());
        p.setPen(QPen(kLine, 0.5 * mm));
        p.drawPolyline(points);
        p.setBrush(kLine);
        for (const QPointF& pt : points)
            p.drawEllipse(pt, 0.6 * mm, 0.6 * mm);
        p.setBrush(Qt::NoBrush);
    }

    // Legend under the labels.
    if (legend) {
        double x = plot.left();
        const double y = rect.bottom() - smallMetrics.height();
        p.setFont(small);
        if (!barLegend.isEmpty()) {
            p.fillRect(
                QRectF(x, y + smallMetrics.height() * 0.2, 3 * mm, smallMetrics.height() * 0.6),
                kBar);
            x += 4 * mm;
            p.setPen(Qt::black);
            p.drawText(QPointF(x, y + smallMetrics.ascent()), barLegend);
            x += smallMetrics.horizontalAdvance(barLegend) + 6 * mm;
        }
        if (!line.isEmpty() && !lineLegend.isEmpty()) {
            p.setPen(QPen(kLine, 0.5 * mm));
            p.drawLine(QPointF(x, y + smallMetrics.height() / 2),
                       QPointF(x + 4 * mm, y + smallMetrics.height() / 2));
            x += 5 * mm;
            p.setPen(Qt::black);
            p.drawText(QPointF(x, y + smallMetrics.ascent()), lineLegend);
        }
    }
    p.restore();
}
