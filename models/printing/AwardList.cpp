#include "AwardList.h"

#include "VietnameseNumber.h"
#include "core/Duration.h"

namespace {

using Type = ReportColumn::Type;

ReportTable individualTable(const PrintSource& s)
{
    ReportTable t;
    t.title = QStringLiteral("I. GIẢI CÁ NHÂN");
    t.columns = {{QStringLiteral("STT"), 9, Type::Integer},
                 {QStringLiteral("Họ và tên"), 36, Type::Text},
                 {QStringLiteral("Năm sinh"), 12, Type::Integer},
                 {QStringLiteral("Đơn vị"), 40, Type::Text},
                 {QStringLiteral("Số câu đúng"), 12, Type::Integer},
                 {QStringLiteral("Thời gian"), 19, Type::Text},
                 {QStringLiteral("Giải"), 30, Type::Text},
                 {QStringLiteral("Số tiền (đồng)"), 22, Type::Money}};
    int stt = 0;
    qint64 sum = 0;
    for (const PrintedPerson& p : s.individualWinners()) {
        t.rows << QVariantList{
            ++stt,        p.name,    p.birthYear > 0 ? QVariant(p.birthYear) : QVariant(),
            p.unitName,   p.correct, Duration::format(p.durationMs),
            p.prizeLabel, p.amount};
        sum += p.amount;
    }
    t.totalRow = {QVariant(), QStringLiteral("Cộng"),
                  QVariant(), QVariant(),
                  QVariant(), QVariant(),
                  QVariant(), sum};
    return t;
}

ReportTable collectiveTable(const PrintSource& s)
{
    ReportTable t;
    t.title = QStringLiteral("II. GIẢI TẬP THỂ");
    t.columns = {{QStringLiteral("STT"), 9, Type::Integer},
                 {QStringLiteral("Đơn vị"), 62, Type::Text},
                 {QStringLiteral("Số người tham gia"), 22, Type::Integer},
                 {QStringLiteral("Số bài đúng tuyệt đối"), 22, Type::Integer},
                 {QStringLiteral("Thời gian trung bình"), 23, Type::Text},
                 {QStringLiteral("Số tiền (đồng)"), 42, Type::Money}};
    int stt = 0;
    qint64 sum = 0;
    for (const PrintedUnit& u : s.collectiveWinners()) {
        t.rows << QVariantList{++stt,
                               u.name,
                               u.contestants,
                               u.perfect,
                               Duration::format(u.avgDurationMs),
                               s.settings.collectivePrizeAmount};
        sum += s.settings.collectivePrizeAmount;
    }
    t.totalRow = {QVariant(), QStringLiteral("Cộng"), QVariant(), QVariant(), QVariant(), sum};
    return t;
}

ReportTable participationTable(const PrintSource& s)
{
    ReportTable t;
    t.title = QStringLiteral("DANH SÁCH THAM GIA THEO ĐƠN VỊ");
    t.columns = {{QStringLiteral("STT"), 9, Type::Integer},
                 {QStringLiteral("Đơn vị"), 81, Type::Text},
                 {QStringLiteral("Số người tham gia"), 30, Type::Integer},
                 {QStringLiteral("Biên chế"), 30, Type::Integer},
                 {QStringLiteral("Tỷ lệ tham gia"), 30, Type::Percent}};
    int stt = 0;
    int people = 0;
    int overHeadcount = 0;
    for (const PrintedUnit& u : s.units) {
        const QVariant headcount = u.headcount ? QVariant(*u.headcount) : QVariant();
        const bool over = u.headcount && *u.headcount > 0 && u.contestants > *u.headcount;
        const QVariant rate = u.headcount && *u.headcount > 0
                                  ? QVariant(double(u.contestants) / *u.headcount)
                                  : QVariant();
        // A rate over 100 % is not an error of the list: it says why, as the app does.
        t.rows << QVariantList{++stt, over ? u.name + QStringLiteral(" (*)") : u.name,
                               u.contestants, headcount, rate};
        people += u.contestants;
        overHeadcount += over ? 1 : 0;
    }
    if (overHeadcount > 0)
        t.note = QStringLiteral("(*) Số người tham gia nhiều hơn biên chế của đơn vị (người ngoài "
                                "đơn vị đã chọn đơn vị này, hoặc biên chế chưa cập nhật): tỷ lệ "
                                "ghi theo số đếm được; xếp hạng tập thể tính theo số người tham "
                                "gia, không theo tỷ lệ.");
    t.totalRow = {QVariant(), QStringLiteral("Tổng cộng"), people, QVariant(), QVariant()};
    return t;
}

} // namespace

AwardList AwardList::build(const PrintSource& s)
{
    AwardList a;
    a.organizer = s.settings.organizer;
    a.contestTitle = s.settings.title;
    a.individual = individualTable(s);
    a.collective = collectiveTable(s);
    a.participation = participationTable(s);

    a.totals.title = QStringLiteral("III. TỔNG HỢP KINH PHÍ KHEN THƯỞNG");
    a.totals.columns = {{QStringLiteral("STT"), 9, Type::Integer},
                        {QStringLiteral("Giải"), 71, Type::Text},
                        {QStringLiteral("Số lượng"), 25, Type::Integer},
                        {QStringLiteral("Mức thưởng (đồng/giải)"), 37, Type::Money},
                        {QStringLiteral("Thành tiền (đồng)"), 38, Type::Money}};
    int stt = 0;
    const QList<PrintedPerson> winners = s.individualWinners();
    for (const PrizeTier& tier : s.settings.individualPrizes) {
        const int n =
            int(std::count_if(winners.begin(), winners.end(),
                              [&](const PrintedPerson& p) { return p.prizeKey == tier.key; }));
        a.totals.rows << QVariantList{++stt, tier.label, n, tier.amount, tier.amount * n};
        a.grandTotal += tier.amount * n;
    }
    const int units = int(s.collectiveWinners().size());
    a.totals.rows << QVariantList{++stt, QStringLiteral("Giải tập thể"), units,
                                  s.settings.collectivePrizeAmount,
                                  s.settings.collectivePrizeAmount * units};
    a.grandTotal += s.settings.collectivePrizeAmount * units;
    a.totals.totalRow = {QVariant(), QStringLiteral("Tổng cộng"), int(winners.size()) + units,
                         QVariant(), a.grandTotal};
    a.grandTotalWords =
        QStringLiteral("Bằng chữ: ") + VietnameseNumber::amountInWords(a.grandTotal);
    a.snapshotLine = QStringLiteral("Kết quả đã chốt số %1 (SHA-256 %2…)")
                         .arg(s.snapshot.id)
                         .arg(s.snapshot.sha256.left(16));
    return a;
}
