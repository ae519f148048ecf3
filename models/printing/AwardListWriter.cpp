#include "AwardListWriter.h"

#include "core/OutputFile.h"

#include "PdfFile.h"
#include "ReportPainter.h"
#include "core/CsvWriter.h"

#include <QFileInfo>
#include <QLocale>
#include <QPdfWriter>

namespace {

void heading(ReportPainter& p, const AwardList& list)
{
    // Decree 30/2020 header: issuing body on the left, national motto on the right.
    const double half = p.width() * 0.42;
    const double right = p.width() - half;
    const double top = p.y();
    p.text(QLocale(QLocale::Vietnamese).toUpper(list.organizer), 11.5, false, false,
           Qt::AlignHCenter, 0, half);
    p.text(QStringLiteral("BAN TỔ CHỨC CUỘC THI"), 11.5, true, false, Qt::AlignHCenter, 0, half,
           true, 0.45);
    const double leftEnd = p.y();
    p.skip(top - p.y());
    p.text(QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), 11.5, true, false,
           Qt::AlignHCenter, half, right);
    p.text(QStringLiteral("Độc lập - Tự do - Hạnh phúc"), 12.5, true, false, Qt::AlignHCenter, half,
           right, true, 1.0);
    p.skip(std::max(leftEnd, p.y()) - p.y() + 8);
    p.text(QStringLiteral("DANH SÁCH KHEN THƯỞNG"), 14, true, false, Qt::AlignHCenter, 0,
           p.width());
    p.skip(1);
    p.text(list.contestTitle, 12.5, true, false, Qt::AlignHCenter, 10, p.width() - 20);
    p.skip(1);
    p.text(list.snapshotLine, 9, false, true, Qt::AlignHCenter, 0, p.width());
    p.skip(5);
}

void signatures(ReportPainter& p, const AwardList& list, const QString& placeAndDate)
{
    p.ensure(45);
    p.skip(4);
    const double third = p.width() / 3;
    p.text(placeAndDate, 12, false, true, Qt::AlignHCenter, 2 * third, third);
    for (int i = 0; i < list.signers.size(); ++i) {
        p.text(list.signers.at(i), 11.5, true, false, Qt::AlignHCenter, i * third, third, false);
    }
    p.skip(6);
    for (int i = 0; i < list.signers.size(); ++i)
        p.text(QStringLiteral("(Ký, ghi rõ họ tên)"), 10.5, false, true, Qt::AlignHCenter,
               i * third, third, false);
    p.skip(30);
}

} // namespace

void AwardListWriter::writePdf(const AwardList& list, const QString& path,
                               const QString& placeAndDate)
{
    PdfFile::write(path, QStringLiteral("Danh sách khen thưởng"), [&](QPdfWriter& writer) {
        paint(list, writer, placeAndDate);
        return true;
    });
}

void AwardListWriter::paint(const AwardList& list, QPagedPaintDevice& device,
                            const QString& placeAndDate)
{
    device.setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    ReportPainter p(device, 15);
    heading(p, list);
    for (const ReportTable* t : list.awardTables()) {
        p.table(*t);
        p.skip(6);
    }
    p.text(list.grandTotalWords, 12, true, true, Qt::AlignLeft, 0, p.width());
    signatures(p, list, placeAndDate);
    p.newPage();
    heading(p, list);
    p.table(list.participation);
}

QByteArray AwardListWriter::csv(const AwardList& list)
{
    CsvWriter w;
    w.addRow({QStringLiteral("DANH SÁCH KHEN THƯỞNG"), list.contestTitle});
    w.addRow({list.snapshotLine});
    auto table = [&](const ReportTable& t) {
        w.addRow({});
        w.addRow({t.title});
        QStringList header;
        for (const ReportColumn& c : t.columns)
            header << c.header;
        w.addRow(header);
        auto row = [&](const QVariantList& r) {
            QStringList cells;
            for (int i = 0; i < t.columns.size(); ++i) {
                // Plain numbers (no thousands dots) so a spreadsheet reads them as numbers.
                const QVariant v = r.value(i);
                cells << (t.columns.at(i).type == ReportColumn::Type::Text || v.isNull()
                              ? v.toString()
                          : t.columns.at(i).type == ReportColumn::Type::Percent
                              ? QString::number(v.toDouble(), 'f', 4)
                              : QString::number(v.toLongLong()));
            }
            w.addRow(cells);
        };
        for (const QVariantList& r : t.rows)
            row(r);
        if (!t.totalRow.isEmpty())
            row(t.totalRow);
        if (!t.note.isEmpty())
            w.addRow({t.note});
    };
    for (const ReportTable* t : list.awardTables())
        table(*t);
    w.addRow({list.grandTotalWords});
    table(list.participation);
    return w.data();
}

void AwardListWriter::write(const AwardList& list, const QString& path, const QString& placeAndDate)
{
    const QString ext = QFileInfo(path).suffix().toLower();
    if (ext == QLatin1String("pdf")) {
        writePdf(list, path, placeAndDate);
    } else if (ext == QLatin1String("xlsx")) {
        writeXlsx(list, path);
    } else if (ext == QLatin1String("csv")) {
        OutputFile::write(path, csv(list));
    } else {
        throw UserError(tr("%1: the award list is written as .pdf, .xlsx or .csv").arg(path));
    }
}
