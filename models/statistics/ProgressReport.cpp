#include "ProgressReport.h"
#include "accounts/Authorization.h"

#include "ReportChart.h"
#include "StatisticsSummary.h"
#include "StatisticsTally.h"
#include "contest/ContestRepository.h"
#include "core/Problem.h"
#include "printing/CertificateText.h"
#include "printing/PdfFile.h"
#include "printing/PrintFonts.h"
#include "printing/ReportPainter.h"
#include "storage/Database.h"
#include "units/UnitRepository.h"

#include <QHash>
#include <QLocale>
#include <QPdfWriter>

#include <algorithm>

namespace {

QString num(qint64 v)
{
    return ReportChart::number(double(v), false);
}

QString share(qint64 part, qint64 whole)
{
    return whole > 0 ? ReportChart::number(double(part) / double(whole), true)
                     : QStringLiteral("0%");
}

QString decimal(double v)
{
    return QLocale(QLocale::Vietnamese).toString(v, 'f', 1);
}

// The reasons in the document's language, whatever the interface's (rules.md, "Valid and
// invalid submissions").
QString reasonText(const QString& code, const QString& label)
{
    static const QHash<QString, QString> vi = {
        {QStringLiteral("no_id"), QStringLiteral("không có mã bài")},
        {QStringLiteral("no_identity"),
         QStringLiteral("không có số định danh hoặc số điện thoại hợp lệ")},
        {QStringLiteral("bad_time"), QStringLiteral("thiếu hoặc sai thời gian bắt đầu, nộp bài")},
        {QStringLiteral("outside_window"), QStringLiteral("nộp ngoài thời gian thi")},
        {QStringLiteral("bad_answers"), QStringLiteral("phần trả lời sai định dạng")},
        {QStringLiteral("answer_count"), QStringLiteral("không đủ hoặc thừa số câu trả lời")},
        {QStringLiteral("unknown_question"), QStringLiteral("trả lời câu hỏi không có trong đề")},
        {QStringLiteral("repeated_question"), QStringLiteral("một câu hỏi được trả lời hai lần")},
        {QStringLiteral("bad_option"), QStringLiteral("chọn phương án không có")},
        {QStringLiteral("bad_prediction"), QStringLiteral("thiếu hoặc sai câu dự đoán")},
        {QStringLiteral("bad_birth_year"), QStringLiteral("năm sinh không hợp lệ")},
        {QStringLiteral("unreadable"),
         QStringLiteral("bài không đọc được (giữ nguyên dữ liệu gốc)")},
        {QStringLiteral("bad_encoding"),
         QStringLiteral("văn bản sai mã hóa (ký tự rỗng, lỗi UTF-8)")},
    };
    return vi.value(code, label);
}

// "Tiến độ Cuộc thi …" without saying "Cuộc thi" twice when the title starts with it.
QString titleLine(const QString& title)
{
    const QString contest = QStringLiteral("Cuộc thi");
    return title.startsWith(contest, Qt::CaseInsensitive)
               ? QStringLiteral("Tiến độ %1%2").arg(contest, title.mid(contest.size()))
               : QStringLiteral("Tiến độ Cuộc thi %1").arg(title);
}

QString dayMonth(const QDate& d)
{
    return d.toString(QStringLiteral("dd/MM"));
}

// Decree 30/2020 header: issuing body on the left, national motto on the right.
void heading(ReportPainter& p, const ContestSettings& s, const QString& placeAndDate)
{
    const double half = p.width() * 0.45;
    const double right = p.width() - half;
    const double top = p.y();
    p.text(QLocale(QLocale::Vietnamese).toUpper(s.organizer), 12, false, false, Qt::AlignHCenter, 0,
           half);
    p.text(QStringLiteral("BAN TỔ CHỨC CUỘC THI"), 12, true, false, Qt::AlignHCenter, 0, half, true,
           0.4);
    const double leftEnd = p.y();
    p.skip(top - p.y());
    p.text(QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), 12, true, false, Qt::AlignHCenter,
           half, right);
    p.text(QStringLiteral("Độc lập - Tự do - Hạnh phúc"), 13, true, false, Qt::AlignHCenter, half,
           right, true, 1.0);
    p.skip(std::max(leftEnd, p.y()) - p.y() + 3);
    p.text(placeAndDate, 13, false, true, Qt::AlignHCenter, half, right);
    p.skip(5);
    p.text(QStringLiteral("BÁO CÁO"), 14, true, false, Qt::AlignHCenter, 0, p.width());
    p.text(titleLine(s.title), 13, true, false, Qt::AlignHCenter, 10, p.width() - 20);
    p.skip(4);
}

void section(ReportPainter& p, const QString& title)
{
    p.ensure(20);
    p.skip(2);
    p.text(title, 13, true, false, Qt::AlignLeft, 0, p.width());
    p.skip(1);
}

void paragraph(ReportPainter& p, const QString& text)
{
    p.text(text, 13, false, false, Qt::AlignJustify, 8, p.width() - 8);
    p.skip(1);
}

void chart(ReportPainter& p, const ReportChart& c, double heightMm)
{
    p.skip(1);
    p.figure(0, p.width(), heightMm, true, [&](QPainter& painter, const QRectF& r, double mm) {
        c.paint(painter, r, mm, PrintFonts::family());
    });
    p.skip(3);
}

} // namespace

ProgressReport ProgressReport::build(Database& db, const QDate& date)
{
    // Participation and scores by unit are results: whoever may not see the ranking
    // does not get them through a report either.
    Authorization::require(db, Permission::ViewResults);
    ProgressReport r;
    r.m_settings = ContestRepository(db).loadOrDefaults();
    r.m_date = date;
    const int offset = r.m_settings.timezoneOffsetMinutes;
    const QDate first =
        QDate(1970, 1, 1).addDays(StatisticsTally::dayNumber(r.m_settings.opensAt.utcMs, offset));
    if (!date.isValid() || date < first)
        throw UserError(tr("%1: the report needs a day from the opening of the contest (%2) on")
                            .arg(date.toString(QStringLiteral("dd/MM/yyyy")),
                                 first.toString(QStringLiteral("dd/MM/yyyy"))));
    const qint64 until = StatisticsTally::endOfDayMs(date, offset);
    const StatisticsTally tally = StatisticsSummary::compute(db, r.m_settings, until);
    QSqlQuery conflicts = db.exec(QStringLiteral("SELECT COUNT(*) FROM submission_conflicts"));
    r.m_stats = ParticipationStats::fromTally(
        db, tally, r.m_settings, QDateTime::fromMSecsSinceEpoch(until + 1, Qt::UTC),
        conflicts.next() ? conflicts.value(0).toLongLong() : 0,
        [&tally](qint64 lo, qint64 hi) { return tally.predictionsIn(lo, hi); });

    qint64 correctSum = 0;
    for (const auto& u : tally.units) {
        correctSum += u.correctSum;
        r.m_perfect += u.perfect;
    }
    r.m_averageCorrect =
        r.m_stats.contestants > 0 ? double(correctSum) / double(r.m_stats.contestants) : 0;
    const QList<Unit> units = UnitRepository(db).list();
    r.m_unitCount = units.size();
    for (const Unit& u : units) {
        const auto t = tally.units.constFind(u.code);
        if (t == tally.units.cend() || t->contestants <= 0) {
            r.m_without << u.name;
            continue;
        }
        if (!u.headcount || *u.headcount <= 0)
            continue;
        UnitLine line{u.code,
                      u.name,
                      u.headcount,
                      t->contestants,
                      double(t->contestants) / *u.headcount,
                      double(t->correctSum) / double(t->contestants)};
        r.m_byRate.append(line);
    }
    std::sort(r.m_byRate.begin(), r.m_byRate.end(), [](const UnitLine& a, const UnitLine& b) {
        if (*a.rate != *b.rate)
            return *a.rate > *b.rate;
        return a.contestants != b.contestants ? a.contestants > b.contestants : a.code < b.code;
    });
    return r;
}

int ProgressReport::daysElapsed() const
{
    const qint64 total = m_stats.firstDay.daysTo(m_stats.lastDay) + 1;
    return int(std::clamp<qint64>(m_stats.firstDay.daysTo(m_date) + 1, 0, total));
}

QString ProgressReport::placeAndDate() const
{
    // Decree 30: days below 10 and months below 3 take a leading zero.
    return QStringLiteral("%1, ngày %2 tháng %3 năm %4")
        .arg(CertificateText::placeFromOrganizer(m_settings.organizer))
        .arg(m_date.day(), 2, 10, QLatin1Char('0'))
        .arg(m_date.month() < 3 ? QStringLiteral("0%1").arg(m_date.month())
                                : QString::number(m_date.month()))
        .arg(m_date.year());
}

void ProgressReport::paint(QPagedPaintDevice& device) const
{
    device.setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    ReportPainter p(device, 15);
    heading(p, m_settings, placeAndDate());
    const ParticipationStats& s = m_stats;
    const QString until = m_date.toString(QStringLiteral("dd/MM/yyyy"));
    const QDateTime opens = QDateTime::fromMSecsSinceEpoch(m_settings.opensAt.utcMs, Qt::UTC)
                                .addSecs(qint64(m_settings.timezoneOffsetMinutes) * 60);
    const QDateTime closes = QDateTime::fromMSecsSinceEpoch(m_settings.closesAt.utcMs, Qt::UTC)
                                 .addSecs(qint64(m_settings.timezoneOffsetMinutes) * 60);
    const qint64 valid = s.reasons.isEmpty() ? 0 : s.reasons.first().count;
    const qint64 invalid = s.totalSubmissions - valid;

    section(p, QStringLiteral("I. TÌNH HÌNH CHUNG (tính đến hết ngày %1)").arg(until));
    paragraph(p, QStringLiteral("1. Thời gian thi: từ %1 ngày %2 đến %3 ngày %4. Cuộc thi đã diễn "
                                "ra %5 ngày, còn %6 ngày.")
                     .arg(opens.toString(QStringLiteral("HH:mm")),
                          opens.toString(QStringLiteral("dd/MM/yyyy")),
                          closes.toString(QStringLiteral("HH:mm")),
                          closes.toString(QStringLiteral("dd/MM/yyyy")))
                     .arg(daysElapsed())
                     .arg(s.daysLeft));
    paragraph(p, QStringLiteral("2. Số người dự thi: %1 người. Tổng số lượt bài dự thi: %2 "
                                "lượt, trong đó hợp lệ %3 lượt (%4), không hợp lệ %5 lượt (%6).")
                     .arg(num(s.contestants), num(s.totalSubmissions), num(valid),
                          share(valid, s.totalSubmissions), num(invalid),
                          share(invalid, s.totalSubmissions)));
    QStringList reasons;
    for (int i = 1; i < s.reasons.size(); ++i)
        if (s.reasons.at(i).count > 0 && s.reasons.at(i).code != QLatin1String("conflict"))
            reasons << QStringLiteral("%1: %2").arg(
                reasonText(s.reasons.at(i).code, s.reasons.at(i).label),
                num(s.reasons.at(i).count));
    if (!reasons.isEmpty())
        paragraph(
            p, QStringLiteral("Lý do không hợp lệ: %1.").arg(reasons.join(QStringLiteral("; "))));
    paragraph(p, QStringLiteral("3. Số câu trả lời đúng bình quân (bài được tính của mỗi người): "
                                "%1/%2 câu; %3 người trả lời đúng cả %2 câu.")
                     .arg(decimal(m_averageCorrect))
                     .arg(m_settings.questionsPerAttempt)
                     .arg(num(m_perfect)));

    // Daily trend up to the chosen day.
    ReportChart trend;
    trend.title =
        QStringLiteral("Biểu đồ 1. Số lượt bài hợp lệ theo ngày và số người dự thi lũy kế");
    trend.barLegend = QStringLiteral("Lượt bài hợp lệ trong ngày");
    trend.lineLegend = QStringLiteral("Người dự thi lũy kế (thang bên phải)");
    qint64 busiest = -1;
    QDate busiestDay;
    for (const auto& d : s.days) {
        if (d.date > m_date)
            break;
        trend.labels << dayMonth(d.date);
        trend.bars << double(d.submissions);
        trend.line << double(d.cumulativeContestants);
        if (d.submissions > busiest) {
            busiest = d.submissions;
            busiestDay = d.date;
        }
    }
    trend.labelEvery = trend.labels.size() > 12 ? 2 : 1;
    section(p, QStringLiteral("II. DIỄN BIẾN THEO NGÀY"));
    if (busiestDay.isValid())
        paragraph(p, QStringLiteral("Ngày có nhiều lượt bài hợp lệ nhất: %1 (%2 lượt). Bình quân "
                                    "%3 lượt mỗi ngày.")
                         .arg(busiestDay.toString(QStringLiteral("dd/MM/yyyy")), num(busiest),
                              decimal(double(s.validSubmissions) / std::max(1, daysElapsed()))));
    chart(p, trend, 62);

    section(p, QStringLiteral("III. THAM GIA THEO ĐƠN VỊ"));
    const int shown = int(std::min<qsizetype>(topUnits, m_byRate.size()));
    paragraph(p, QStringLiteral("1. %1 đơn vị dẫn đầu về tỷ lệ cán bộ, công chức, viên chức tham "
                                "gia (số người dự thi / số biên chế):")
                     .arg(shown));
    ReportTable table;
    using Type = ReportColumn::Type;
    table.columns = {{QStringLiteral("STT"), 12, Type::Integer},
                     {QStringLiteral("Đơn vị"), 78, Type::Text},
                     {QStringLiteral("Biên chế"), 22, Type::Integer},
                     {QStringLiteral("Người dự thi"), 24, Type::Integer},
                     {QStringLiteral("Tỷ lệ"), 20, Type::Percent},
                     {QStringLiteral("Đúng bình quân"), 24, Type::Text}};
    ReportChart rates;
    rates.title = QStringLiteral("Biểu đồ 2. Tỷ lệ tham gia của %1 đơn vị dẫn đầu").arg(shown);
    rates.percent = true;
    rates.valuesOnBars = true;
    for (int i = 0; i < shown; ++i) {
        const UnitLine& u = m_byRate.at(i);
        table.rows.append(
            {i + 1, u.name, *u.headcount, u.contestants, *u.rate, decimal(u.averageCorrect)});
        rates.labels << QString::number(i + 1);
        rates.bars << *u.rate;
    }
    p.table(table);
    p.skip(2);
    if (shown > 0)
        chart(p, rates, 50);
    paragraph(p, m_without.isEmpty()
                     ? QStringLiteral("2. Tất cả %1 đơn vị đã có người dự thi.").arg(m_unitCount)
                     : QStringLiteral("2. Đơn vị chưa có người dự thi (%1/%2 đơn vị): %3.")
                           .arg(m_without.size())
                           .arg(m_unitCount)
                           .arg(m_without.join(QStringLiteral("; "))));

    section(p, QStringLiteral("IV. KẾT QUẢ BÀI THI"));
    ReportChart correct;
    correct.title = QStringLiteral("Biểu đồ 3. Số người theo số câu trả lời đúng");
    for (const StatBucket& b : s.correct) {
        correct.labels << QString::number(b.key);
        correct.bars << double(b.count);
    }
    correct.labelEvery = correct.labels.size() > 16 ? 2 : 1;
    chart(p, correct, 52);

    // Recipients on the left, the committee's signature on the right.
    p.ensure(40);
    p.skip(2);
    const double half = p.width() / 2;
    const double top = p.y();
    p.text(QStringLiteral("Nơi nhận:"), 12, true, true, Qt::AlignLeft, 0, half);
    p.text(QStringLiteral("- Thường trực UBND huyện (để báo cáo);\n- Các thành viên Ban Tổ "
                          "chức;\n- Lưu: VT, BTC."),
           11, false, false, Qt::AlignLeft, 0, half);
    const double leftEnd = p.y();
    p.skip(top - p.y());
    p.text(QStringLiteral("TM. BAN TỔ CHỨC\nTRƯỞNG BAN"), 13, true, false, Qt::AlignHCenter, half,
           half);
    p.text(QStringLiteral("(Ký, ghi rõ họ tên)"), 11, false, true, Qt::AlignHCenter, half, half);
    p.skip(std::max(leftEnd, p.y()) - p.y());
}

void ProgressReport::writePdf(const QString& path) const
{
    PdfFile::write(path, QStringLiteral("Báo cáo tiến độ Cuộc thi"), [&](QPdfWriter& writer) {
        paint(writer);
        return true;
    });
}
