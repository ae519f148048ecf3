#include "Identity.h"

namespace Identity {

QString normalizeIdNumber(QStringView raw)
{
    QString out;
    out.reserve(raw.size());
    for (QChar c : raw) {
        if (c.isSpace())
            continue;
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return {};
        out.append(c);
    }
    return out.size() == 12 || out.size() == 9 ? out : QString();
}

QString normalizePhone(QStringView raw)
{
    QString digits;
    digits.reserve(raw.size());
    for (QChar c : raw) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            digits.append(c);
    }
    if (digits.size() == 11 && digits.startsWith(QLatin1String("84")))
        digits = QLatin1Char('0') + digits.mid(2);
    return digits.size() == 10 && digits.startsWith(QLatin1Char('0')) ? digits : QString();
}

QString contestantKey(QStringView idNumber, QStringView phone)
{
    const QString id = normalizeIdNumber(idNumber);
    return id.isEmpty() ? normalizePhone(phone) : id;
}

} // namespace Identity
