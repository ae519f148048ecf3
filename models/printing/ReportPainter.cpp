#include "ReportPainter.h"

#include "PrintFonts.h"

#include <QPagedPaintDevice>

namespace {
const double kPad = 1.2;      // mm inside each cell
const double kTablePt = 10.5; // body text of tables
const double kFooter = 8;     // mm kept free for the page number
} // namespace

ReportPainter::ReportPainter(QPagedPaintDevice& device, double marginMm)
    : m_device(device), m_margin(marginMm)
{
    const QSizeF page = device.pageLayout().fullRect(QPageLayout::Millimeter).size();
    m_width = page.width() - 2 * marginMm;
    m_height = page.height() - 2 * marginMm - kFooter;
    m_painter.begin(&device);
    m_mm = device.logicalDpiX() / 25.4;
    m_painter.translate(marginMm * m_mm, marginMm * m_mm);
}

ReportPainter::~ReportPainter()
{
    footer();
    m_painter.end();
}

void ReportPainter::footer()
{
    m_painter.setFont(PrintFonts::font(9));
    m_painter.setPen(Qt::black);
    m_painter.drawText(QRectF(0, (m_height + 3) * m_mm, m_width * m_mm, 6 * m_mm),
                       Qt::AlignHCenter | Qt::AlignTop, QStringLiteral("Trang %1").arg(m_page));
}

void ReportPainter::newPage()
{
    footer();
    m_device.newPage();
    ++m_page;
    m_y = 0;
}

void ReportPainter::ensure(double mm)
{
    if (m_y + mm > m_height && m_y > 0)
        newPage();
}

double ReportPainter::heightOf(const QString& text, const QFont& font, double w) const
{
    const QFontMetricsF fm(font, m_painter.device());
    return fm.boundingRect(QRectF(0, 0, w * m_mm, 1e6), Qt::TextWordWrap, text).height() / m_mm;
}

double ReportPainter::text(const QString& raw, double pt, bool bold, bool italic,
                           Qt::Alignment align, double x, double w, bool advance, double rule)
{
    const QString text = PrintFonts::text(raw);
    const QFont font = PrintFonts::font(pt, bold, italic);
    const double h = heightOf(text, font, w);
    ensure(h);
    m_painter.setFont(font);
    m_painter.setPen(Qt::black);
    QRectF used;
    m_painter.drawText(QRectF(x * m_mm, m_y * m_mm, w * m_mm, h * m_mm + 1),
                       int(align) | Qt::AlignTop | Qt::TextWordWrap, text, &used);
    if (rule > 0) {
        const double lw = used.width() * rule;
        const double ly = used.bottom() + 1.2 * m_mm; // clear of marks below (Ộ)
        m_painter.setPen(QPen(Qt::black, 0.25 * m_mm));
        m_painter.drawLine(QPointF(used.center().x() - lw / 2, ly),
                           QPointF(used.center().x() + lw / 2, ly));
    }
    if (advance)
        m_y += h;
    return h;
}

double ReportPainter::rowHeight(const QStringList& cells, const ReportTable& t,
                                const QFont& font) const
{
    double h = 0;
    for (int i = 0; i < cells.size() && i < t.columns.size(); ++i)
        h = std::max(h, heightOf(cells.at(i), font, t.columns.at(i).widthMm - 2 * kPad));
    return h + 2 * kPad;
}

void ReportPainter::drawRow(const QStringList& cells, const ReportTable& t, bool header, bool bold)
{
    const QFont font = PrintFonts::font(header ? 10 : kTablePt, header || bold);
    const double h = rowHeight(cells, t, font);
    m_painter.setFont(font);
    m_painter.setPen(QPen(Qt::black, 0.2 * m_mm));
    double x = 0;
    for (int i = 0; i < t.columns.size(); ++i) {
        const ReportColumn& c = t.columns.at(i);
        const QRectF cell(x * m_mm, m_y * m_mm, c.widthMm * m_mm, h * m_mm);
        m_painter.drawRect(cell);
        Qt::Alignment align = Qt::AlignLeft;
        if (header || c.type == ReportColumn::Type::Integer ||
            c.type == ReportColumn::Type::Percent)
            align = Qt::AlignHCenter;
        else if (c.type == ReportColumn::Type::Money)
            align = Qt::AlignRight;
        const QString text = i < cells.size() ? cells.at(i) : QString();
        m_painter.drawText(
            cell.adjusted(kPad * m_mm, kPad * m_mm, -kPad * m_mm, -kPad * m_mm),
            int(align) | (header ? Qt::AlignVCenter : Qt::AlignTop) | Qt::TextWordWrap, text);
        x += c.widthMm;
    }
    m_y += h;
}

void ReportPainter::table(const ReportTable& t)
{
    QStringList header;
    for (const ReportColumn& c : t.columns)
        header << PrintFonts::text(c.header);
    auto cells = [&](const QVariantList& row) {
        QStringList out;
        for (int i = 0; i < t.columns.size(); ++i)
            out << PrintFonts::text(ReportTable::display(row.value(i), t.columns.at(i).type));
        return out;
    };
    const QFont headerFont = PrintFonts::font(10, true);
    const QFont bodyFont = PrintFonts::font(kTablePt);
    const double headerHeight = rowHeight(header, t, headerFont);
    // The title, the header and the first row stay together.
    const double first = t.rows.isEmpty() ? 0 : rowHeight(cells(t.rows.first()), t, bodyFont);
    ensure(8 + headerHeight + first);
    if (!t.title.isEmpty()) {
        text(t.title, 12, true, false, Qt::AlignLeft, 0, m_width);
        skip(1.5);
    }
    drawRow(header, t, true, true);
    auto body = [&](const QVariantList& row, bool bold) {
        const QStringList c = cells(row);
        if (m_y + rowHeight(c, t, bodyFont) > m_height) {
            newPage();
            drawRow(header, t, true, true);
        }
        drawRow(c, t, false, bold);
    };
    for (const QVariantList& row : t.rows)
        body(row, false);
    if (!t.totalRow.isEmpty())
        body(t.totalRow, true);
    if (!t.note.isEmpty()) {
        skip(1.5);
        text(t.note, 10, false, true, Qt::AlignLeft, 0, m_width);
    }
}

void ReportPainter::figure(double x, double w, double h, bool advance,
                           const std::function<void(QPainter&, const QRectF&, double mm)>& draw)
{
    ensure(h);
    m_painter.save();
    draw(m_painter, QRectF(x * m_mm, m_y * m_mm, w * m_mm, h * m_mm), m_mm);
    m_painter.restore();
    if (advance)
        m_y += h;
}
