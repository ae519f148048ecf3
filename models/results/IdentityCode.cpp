#include "IdentityCode.h"

#include <algorithm>

namespace {
// The kind lives in the top bits so that an ID number and a phone, or a 9-digit and a
// 12-digit ID with leading zeros, can never share a code.
constexpr quint64 KindShift = 60;
constexpr quint64 Id9 = 1;
constexpr quint64 Id12 = 2;
constexpr quint64 Phone = 3;
constexpr quint64 ValueMask = (quint64(1) << KindShift) - 1;

int digitCount(quint64 kind)
{
    return kind == Id9 ? 9 : kind == Id12 ? 12 : 10;
}
} // namespace

namespace IdentityCode {

quint64 idNumber(QStringView raw)
{
    quint64 value = 0;
    int digits = 0;
    for (QChar c : raw) {
        const char16_t u = c.unicode();
        if (u >= u'0' && u <= u'9') {
            if (++digits > 12)
                return 0;
            value = value * 10 + (u - u'0');
        } else if (!c.isSpace()) {
            return 0;
        }
    }
    if (digits == 12)
        return (Id12 << KindShift) | value;
    if (digits == 9)
        return (Id9 << KindShift) | value;
    return 0;
}

quint64 phone(QStringView raw)
{
    quint64 value = 0;
    int digits = 0;
    int first = -1, second = -1;
    for (QChar c : raw) {
        const char16_t u = c.unicode();
        if (u < u'0' || u > u'9')
            continue;
        if (++digits > 11)
            return 0;
        const int d = u - u'0';
        if (digits == 1)
            first = d;
        else if (digits == 2)
            second = d;
        value = value * 10 + d;
    }
    if (digits == 11 && first == 8 && second == 4) {
        // 84xxxxxxxxx -> 0xxxxxxxxx: drop the "84", the value of the rest is the same
        value -= quint64(84) * 1000000000ULL;
        return (Phone << KindShift) | value;
    }
    if (digits == 10 && first == 0)
        return (Phone << KindShift) | value;
    return 0;
}

QString toString(quint64 code)
{
    if (code == 0)
        return {};
    const int n = digitCount(code >> KindShift);
    quint64 value = code & ValueMask;
    QString out(n, Qt::Uninitialized);
    QChar* data = out.data();
    for (int i = n - 1; i >= 0; --i) {
        data[i] = QChar(char16_t(u'0' + value % 10));
        value /= 10;
    }
    return out;
}

bool lessAsText(quint64 a, quint64 b)
{
    char16_t ta[12], tb[12];
    const int na = digitCount(a >> KindShift), nb = digitCount(b >> KindShift);
    quint64 va = a & ValueMask, vb = b & ValueMask;
    for (int i = na - 1; i >= 0; --i, va /= 10)
        ta[i] = char16_t(u'0' + va % 10);
    for (int i = nb - 1; i >= 0; --i, vb /= 10)
        tb[i] = char16_t(u'0' + vb % 10);
    return std::lexicographical_compare(ta, ta + na, tb, tb + nb);
}

bool isPhone(quint64 code)
{
    return (code >> KindShift) == Phone;
}

} // namespace IdentityCode
