#include "ContestantForm.h"

#include "core/Identity.h"

#include <QDateTime>
#include <QTimeZone>

namespace {
QString text(const QJsonObject& o, const char* key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isString() ? v.toString().simplified() : QString();
}
} // namespace

QStringList ContestantForm::genders()
{
    return {QStringLiteral("Nam"), QStringLiteral("Nữ"), QStringLiteral("Khác")};
}

ContestantForm::Result ContestantForm::check(const QJsonObject& in, const PublishedContest& c)
{
    Result r;
    auto bad = [&](const char* field, const QString& message) {
        r.fields.insert(QLatin1String(field), message);
    };
    const QString name = text(in, "name");
    if (name.isEmpty())
        bad("name", QStringLiteral("Vui lòng nhập họ và tên."));
    else if (name.size() > kMaxText)
        bad("name", QStringLiteral("Họ và tên dài quá %1 ký tự.").arg(kMaxText));

    const QJsonValue yearValue = in.value(QLatin1String("birth_year"));
    bool yearOk = false;
    const int year =
        yearValue.isDouble() ? yearValue.toInt(-1) : yearValue.toString().trimmed().toInt(&yearOk);
    yearOk = yearValue.isDouble() ? year == yearValue.toDouble() : yearOk;
    const int latest =
        c.closesAt.utcMs > 0
            ? QDateTime::fromMSecsSinceEpoch(c.closesAt.utcMs, QTimeZone::utc()).date().year()
            : 2100;
    if (!yearOk || year < 1900 || year > latest)
        bad("birth_year", QStringLiteral("Năm sinh phải là một năm từ 1900 đến %1.").arg(latest));

    const QString gender = text(in, "gender");
    if (!genders().contains(gender))
        bad("gender", QStringLiteral("Vui lòng chọn giới tính."));

    const QString idNumber = text(in, "id_number");
    const QString phone = text(in, "phone");
    const QString idKey = Identity::normalizeIdNumber(idNumber);
    const QString phoneKey = Identity::normalizePhone(phone);
    if (!idNumber.isEmpty() && idKey.isEmpty())
        bad("id_number", QStringLiteral("Số CCCD gồm 12 chữ số (CMND cũ: 9 chữ số)."));
    if (!phone.isEmpty() && phoneKey.isEmpty())
        bad("phone", QStringLiteral("Số điện thoại gồm 10 chữ số, bắt đầu bằng 0."));
    if (idNumber.isEmpty() && phone.isEmpty()) {
        bad("id_number", QStringLiteral("Vui lòng nhập số CCCD hoặc số điện thoại."));
        bad("phone", QStringLiteral("Vui lòng nhập số CCCD hoặc số điện thoại."));
    }

    const QString unit = text(in, "unit");
    if (!c.hasUnit(unit))
        bad("unit", QStringLiteral("Vui lòng chọn đơn vị trong danh sách."));
    const QString address = text(in, "address");
    if (address.size() > kMaxText)
        bad("address", QStringLiteral("Địa chỉ dài quá %1 ký tự.").arg(kMaxText));

    if (!r.ok())
        return r;
    r.identity = Identity::contestantKey(idNumber, phone);
    r.contestant =
        QJsonObject{{QStringLiteral("name"), name},      {QStringLiteral("birth_year"), year},
                    {QStringLiteral("gender"), gender},  {QStringLiteral("id_number"), idNumber},
                    {QStringLiteral("phone"), phone},    {QStringLiteral("unit"), unit},
                    {QStringLiteral("address"), address}};
    return r;
}
