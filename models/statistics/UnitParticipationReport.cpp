#include "UnitParticipationReport.h"
#include "accounts/Authorization.h"

#include "StatisticsSummary.h"
#include "contest/ContestRepository.h"
#include "core/CsvWriter.h"
#include "core/OutputFile.h"
#include "core/Problem.h"
#include "printing/PdfFile.h"
#include "printing/ReportPainter.h"
#include "storage/Database.h"
#include "units/UnitRepository.h"

#include <QFileInfo>
#include <QHash>
#include <QPdfWriter>

#include <xlsxwriter.h>

#include <algorithm>

namespace {

QString averageText(double v)
{
    return QString::number(v, 'f', 1).replace(QLatin1Char('.'), QLatin1Char(','));
}

} // namespace

UnitParticipationReport UnitParticipationReport::compute(Database& db, const QString& kind)
{
    // Participation and scores by unit are results: whoever may not see the ranking
    // does not get them through a report either.
    Authorization::require(db, Permission::ViewResults);
    const ContestSettings settings = ContestRepository(db).loadOrDefaults();
    QHash<QString, Unit> units;
    for (const Unit& u : UnitRepository(db).list())
        units.insert(u.code, u);

    UnitParticipationReport report;
    report.m_title = tr("Participation by unit: %1").arg(settings.title);
    // Each person once, in the unit of their counted attempt (rules.md, collective prizes).
    StatisticsSummary::refresh(db);
    // Without the half a million rows of prediction values, which this report never reads.
    const StatisticsTally tally = StatisticsSummary::load(db, false);
    // Every listed unit appears, nobody yet included: for the reform index a unit at 0% is
    // a figure, not an absence. Units only named by submissions follow.
    QStringList codes;
    for (const Unit& u : UnitRepository(db).list())
        codes << u.code;
    for (auto it = tally.units.cbegin(); it != tally.units.cend(); ++it) {
        if (it->contestants > 0 && !units.contains(it.key()))
            codes << it.key();
    }
    for (const QString& code : std::as_const(codes)) {
        Row r;
        r.code = code;
        const auto unit = units.constFind(r.code);
        if (unit != units.cend()) {
            r.name = unit->name;
            r.kind = unit->kind;
            r.headcount = unit->headcount;
        } else {
            r.name = r.code;
        }
        if (!kind.isEmpty() && r.kind != kind)
            continue;
        const auto counted = tally.units.constFind(code);
        if (counted != tally.units.cend() && counted->contestants > 0) {
            r.contestants = counted->contestants;
            r.averageCorrect = double(counted->correctSum) / double(counted->contestants);
            r.perfect = counted->perfect;
        }
        if (r.headcount && *r.headcount > 0)
            r.rate = double(r.contestants) / *r.headcount;
        report.m_rows.append(r);
    }
    auto before = [](const Row& a, const Row& b) {
        return a.contestants != b.contestants ? a.contestants > b.contestants
                                              : a.perfect > b.perfect;
    };
    std::sort(report.m_rows.begin(), report.m_rows.end(), [&](const Row& a, const Row& b) {
        return before(a, b) || (!before(b, a) && a.code < b.code);
    });
    for (int i = 0; i < report.m_rows.size(); ++i) {
        Row& r = report.m_rows[i];
        r.rank =
            (i > 0 && !before(report.m_rows.at(i - 1), r)) ? report.m_rows.at(i - 1).rank : i + 1;
    }
    return report;
}

ReportTable UnitParticipationReport::table() const
{
    ReportTable t;
    t.title = m_title;
    using Type = ReportColumn::Type;
    t.columns = {{tr("Rank"), 12, Type::Integer},
                 {tr("Unit"), 52, Type::Text},
                 {tr("Kind"), 20, Type::Text},
                 {tr("Headcount"), 18, Type::Integer},
                 {tr("Contestants"), 20, Type::Integer},
                 {tr("Rate"), 16, Type::Percent},
                 {tr("Average correct"), 20, Type::Text},
                 {tr("Perfect scores"), 18, Type::Integer}};
    for (const Row& r : m_rows) {
        t.rows.append({r.rank, r.name, r.kind.isEmpty() ? QString() : Unit::kindLabel(r.kind),
                       r.headcount ? QVariant(*r.headcount) : QVariant(), r.contestants,
                       r.rate ? QVariant(*r.rate) : QVariant(), averageText(r.averageCorrect),
                       r.perfect});
    }
    return t;
}

QByteArray UnitParticipationReport::csv() const
{
    const ReportTable t = table();
    CsvWriter w;
    QStringList header;
    for (const ReportColumn& c : t.columns)
        header << c.header;
    w.addRow(header);
    for (const QVariantList& row : t.rows) {
        QStringList cells;
        for (int c = 0; c < t.columns.size(); ++c)
            cells << (row.at(c).isValid() ? ReportTable::display(row.at(c), t.columns.at(c).type)
                                          : QString());
        w.addRow(cells);
    }
    return w.data();
}

void UnitParticipationReport::writePdf(const QString& path) const
{
    PdfFile::write(path, m_title, [&](QPdfWriter& writer) {
        writer.setPageLayout(
            QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(0, 0, 0, 0)));
        ReportPainter p(writer, 15);
        p.text(m_title, 14, true, false, Qt::AlignHCenter, 0, p.width());
        p.skip(4);
        p.table(table());
        return true;
    });
}

void UnitParticipationReport::writeXlsx(const QString& path) const
{
    // libxlsxwriter writes only to a path: a temporary one, whose bytes OutputFile commits.
    OutputFile::writeVia(path, [&](const QString& temporary) { writeWorkbook(temporary, path); });
}

void UnitParticipationReport::writeWorkbook(const QString& temporary, const QString& path) const
{
    const ReportTable t = table();
    const QByteArray file = QFile::encodeName(temporary);
    lxw_workbook* wb = workbook_new(file.constData());
    if (!wb)
        throw EnvironmentError(QStringLiteral("%1: cannot write").arg(path));
    lxw_worksheet* ws = workbook_add_worksheet(wb, nullptr);
    lxw_format* bold = workbook_add_format(wb);
    format_set_bold(bold);
    lxw_format* percent = workbook_add_format(wb);
    format_set_num_format(percent, "0.0%");
    worksheet_write_string(ws, 0, 0, t.title.toUtf8().constData(), bold);
    for (int c = 0; c < t.columns.size(); ++c) {
        worksheet_write_string(ws, 2, c, t.columns.at(c).header.toUtf8().constData(), bold);
        worksheet_set_column(ws, c, c, t.columns.at(c).widthMm / 2.2, nullptr);
    }
    // Numbers stay numbers so that the committee can sum and sort in the spreadsheet.
    for (int r = 0; r < m_rows.size(); ++r) {
        const Row& row = m_rows.at(r);
        const int y = r + 3;
        worksheet_write_number(ws, y, 0, row.rank, nullptr);
        worksheet_write_string(ws, y, 1, row.name.toUtf8().constData(), nullptr);
        worksheet_write_string(ws, y, 2, t.rows.at(r).at(2).toString().toUtf8().constData(),
                               nullptr);
        if (row.headcount)
            worksheet_write_number(ws, y, 3, *row.headcount, nullptr);
        worksheet_write_number(ws, y, 4, double(row.contestants), nullptr);
        if (row.rate)
            worksheet_write_number(ws, y, 5, *row.rate, percent);
        worksheet_write_number(ws, y, 6, row.averageCorrect, nullptr);
        worksheet_write_number(ws, y, 7, double(row.perfect), nullptr);
    }
    if (workbook_close(wb) != LXW_NO_ERROR)
        throw EnvironmentError(QStringLiteral("%1: cannot write").arg(path));
}

void UnitParticipationReport::write(const QString& path) const
{
    const QString ext = QFileInfo(path).suffix().toLower();
    if (ext == QLatin1String("pdf"))
        writePdf(path);
    else if (ext == QLatin1String("xlsx"))
        writeXlsx(path);
    else if (ext == QLatin1String("csv"))
        OutputFile::write(path, csv());
    else
        throw UserError(tr("%1: the report is written as .csv, .xlsx or .pdf").arg(path));
}
