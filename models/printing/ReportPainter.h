#pragma once

#include "ReportTable.h"

#include <QPainter>

#include <functional>

class QPagedPaintDevice;

// Lays a report out down the pages of a paginated device: text blocks and tables whose
// header row is repeated on every page they continue on, page numbers at the foot.
// Positions are in mm inside the margins.
class ReportPainter
{
public:
    ReportPainter(QPagedPaintDevice& device, double marginMm);
    ~ReportPainter(); // finishes the last page

    double width() const { return m_width; }
    double y() const { return m_y; }
    void skip(double mm) { m_y += mm; }
    void newPage();
    // Breaks the page unless `mm` still fits.
    void ensure(double mm);
    // A wrapped text block at (x, current y), `w` wide; returns its height in mm.
    double text(const QString& text, double pt, bool bold, bool italic, Qt::Alignment align,
                double x, double w, bool advance = true, double rule = 0);
    void table(const ReportTable& t);
    // A drawing `w` x `h` mm at (x, current y), kept on one page: `draw` paints into the
    // given rectangle (device units) and is told how many device units make a millimetre.
    void figure(double x, double w, double h, bool advance,
                const std::function<void(QPainter&, const QRectF&, double mm)>& draw);

private:
    double heightOf(const QString& text, const QFont& font, double w) const;
    void drawRow(const QStringList& cells, const ReportTable& t, bool header, bool bold);
    double rowHeight(const QStringList& cells, const ReportTable& t, const QFont& font) const;
    void footer();

    QPagedPaintDevice& m_device;
    QPainter m_painter;
    double m_mm = 1; // device units per mm
    double m_margin = 15;
    double m_width = 180;
    double m_height = 267;
    double m_y = 0;
    int m_page = 1;
};
