// AwardListWriter::writeXlsx: the award list as a formatted workbook (libxlsxwriter).
#include "AwardListWriter.h"

#include "core/OutputFile.h"
#include "core/Problem.h"

#include <QFile>
#include <QLocale>

#include <xlsxwriter.h>

namespace {

// The formats of one workbook (libxlsxwriter owns them; they live until the close).
struct Formats
{
    explicit Formats(lxw_workbook* wb)
    {
        auto make = [&](bool isBold, bool border) {
            lxw_format* f = workbook_add_format(wb);
            format_set_font_name(f, "Times New Roman");
            format_set_font_size(f, 12);
            format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
            format_set_text_wrap(f);
            if (isBold)
                format_set_bold(f);
            if (border)
                format_set_border(f, LXW_BORDER_THIN);
            return f;
        };
        title = make(true, false);
        format_set_align(title, LXW_ALIGN_CENTER);
        format_set_font_size(title, 14);
        plain = make(false, false);
        bold = make(true, false);
        header = make(true, true);
        format_set_align(header, LXW_ALIGN_CENTER);
        format_set_align(header, LXW_ALIGN_VERTICAL_CENTER);
        format_set_bg_color(header, 0xDDE4EE);
        for (int b = 0; b < 2; ++b) {
            text[b] = make(b, true);
            integer[b] = make(b, true);
            format_set_align(integer[b], LXW_ALIGN_CENTER);
            money[b] = make(b, true);
            format_set_num_format(money[b], "#,##0");
            percent[b] = make(b, true);
            format_set_num_format(percent[b], "0.0%");
            format_set_align(percent[b], LXW_ALIGN_CENTER);
        }
    }
    lxw_format* cell(ReportColumn::Type type, bool isBold) const
    {
        switch (type) {
        case ReportColumn::Type::Integer:
            return integer[isBold];
        case ReportColumn::Type::Money:
            return money[isBold];
        case ReportColumn::Type::Percent:
            return percent[isBold];
        case ReportColumn::Type::Text:
            break;
        }
        return text[isBold];
    }
    lxw_format* title;
    lxw_format* plain;
    lxw_format* bold;
    lxw_format* header;
    lxw_format* text[2];
    lxw_format* integer[2];
    lxw_format* money[2];
    lxw_format* percent[2];
};

QByteArray u8(const QString& s)
{
    return s.toUtf8();
}

void merged(lxw_worksheet* ws, int row, int lastCol, const QString& text, lxw_format* f)
{
    worksheet_merge_range(ws, row, 0, row, lastCol, u8(text).constData(), f);
}

int writeTable(lxw_worksheet* ws, int row, const ReportTable& t, const Formats& f)
{
    worksheet_write_string(ws, row++, 0, u8(t.title).constData(), f.bold);
    for (int c = 0; c < t.columns.size(); ++c)
        worksheet_write_string(ws, row, c, u8(t.columns.at(c).header).constData(), f.header);
    worksheet_set_row(ws, row++, 32, nullptr);
    auto line = [&](const QVariantList& values, bool isBold) {
        for (int c = 0; c < t.columns.size(); ++c) {
            const ReportColumn::Type type = t.columns.at(c).type;
            const QVariant v = values.value(c);
            lxw_format* fmt = f.cell(type, isBold);
            if (v.isNull() || !v.isValid())
                worksheet_write_blank(ws, row, c, fmt);
            else if (type == ReportColumn::Type::Text || v.typeId() == QMetaType::QString)
                worksheet_write_string(ws, row, c, u8(v.toString()).constData(), fmt);
            else
                worksheet_write_number(ws, row, c, v.toDouble(), fmt);
        }
        ++row;
    };
    for (const QVariantList& r : t.rows)
        line(r, false);
    if (!t.totalRow.isEmpty())
        line(t.totalRow, true);
    if (!t.note.isEmpty())
        worksheet_write_string(ws, row++, 0, u8(t.note).constData(), nullptr);
    return row + 1;
}

void setWidths(lxw_worksheet* ws, const QList<const ReportTable*>& tables)
{
    QList<double> widths;
    for (const ReportTable* t : tables) {
        for (int c = 0; c < t->columns.size(); ++c) {
            if (widths.size() <= c)
                widths << 0;
            // Excel widths are in characters: about 1.6 mm each in Times New Roman 12.
            widths[c] = std::max(widths[c], t->columns.at(c).widthMm / 1.6);
        }
    }
    for (int c = 0; c < widths.size(); ++c)
        worksheet_set_column(ws, c, c, widths.at(c), nullptr);
}

void heading(lxw_worksheet* ws, int lastCol, const AwardList& list, const QString& title,
             const Formats& f)
{
    merged(ws, 0, lastCol,
           QLocale(QLocale::Vietnamese).toUpper(list.organizer) +
               QStringLiteral(" - BAN TỔ CHỨC CUỘC THI"),
           f.bold);
    merged(ws, 1, lastCol, title, f.title);
    merged(ws, 2, lastCol, list.contestTitle, f.title);
    worksheet_set_row(ws, 2, 36, nullptr);
    merged(ws, 3, lastCol, list.snapshotLine, f.plain);
}

} // namespace

void AwardListWriter::writeXlsx(const AwardList& list, const QString& path)
{
    // libxlsxwriter writes only to a path: a temporary one, whose bytes OutputFile commits.
    OutputFile::writeVia(path, [&](const QString& temporary) { writeWorkbook(list, temporary, path); });
}

void AwardListWriter::writeWorkbook(const AwardList& list, const QString& file, const QString& path)
{
    lxw_workbook* wb = workbook_new(QFile::encodeName(file).constData());
    if (!wb)
        throw EnvironmentError(QStringLiteral("%1: cannot create the workbook").arg(path));
    const Formats f(wb);

    lxw_worksheet* awards =
        workbook_add_worksheet(wb, u8(QStringLiteral("Khen thưởng")).constData());
    const QList<const ReportTable*> tables = list.awardTables();
    setWidths(awards, tables);
    heading(awards, int(list.individual.columns.size()) - 1, list,
            QStringLiteral("DANH SÁCH KHEN THƯỞNG"), f);
    int row = 5;
    for (const ReportTable* t : tables)
        row = writeTable(awards, row, *t, f);
    worksheet_write_string(awards, row, 0, u8(list.grandTotalWords).constData(), f.bold);
    row += 2;
    for (int i = 0; i < list.signers.size(); ++i)
        worksheet_write_string(awards, row, i * 3, u8(list.signers.at(i)).constData(), f.bold);
    worksheet_set_landscape(awards);
    worksheet_set_paper(awards, 9); // A4
    worksheet_fit_to_pages(awards, 1, 0);

    lxw_worksheet* participation =
        workbook_add_worksheet(wb, u8(QStringLiteral("Tham gia")).constData());
    setWidths(participation, {&list.participation});
    heading(participation, int(list.participation.columns.size()) - 1, list,
            list.participation.title, f);
    writeTable(participation, 5, list.participation, f);
    worksheet_set_paper(participation, 9);

    const lxw_error error = workbook_close(wb);
    if (error != LXW_NO_ERROR)
        throw EnvironmentError(QStringLiteral("%1: cannot write the workbook: %2")
                                   .arg(path, QString::fromUtf8(lxw_strerror(error))));
}
