#include "VietnameseNumber.h"

#include <QStringList>

namespace {

const char* const kDigits[] = {"không", "một", "hai", "ba",  "bốn",
                               "năm",   "sáu", "bảy", "tám", "chín"};

QString digit(int d)
{
    return QString::fromUtf8(kDigits[d]);
}

// One group of three digits. `full` when a higher group precedes it, so its zero
// hundreds and zero tens are read out.
QStringList readGroup(int group, bool full)
{
    const int h = group / 100;
    const int t = (group / 10) % 10;
    const int u = group % 10;
    QStringList w;
    if (h > 0 || full)
        w << digit(h) << QStringLiteral("trăm");
    if (t == 0) {
        if (u > 0) {
            if (h > 0 || full)
                w << QStringLiteral("linh");
            w << digit(u);
        }
    } else if (t == 1) {
        w << QStringLiteral("mười");
        if (u == 5)
            w << QStringLiteral("lăm");
        else if (u > 0)
            w << digit(u);
    } else {
        w << digit(t) << QStringLiteral("mươi");
        if (u == 1)
            w << QStringLiteral("mốt");
        else if (u == 4)
            w << QStringLiteral("tư");
        else if (u == 5)
            w << QStringLiteral("lăm");
        else if (u > 0)
            w << digit(u);
    }
    return w;
}

// Below one tỷ: up to three groups (triệu, nghìn, units).
QStringList readBelowBillion(qint64 n, bool full)
{
    static const char* const names[] = {"triệu", "nghìn", ""};
    const int groups[] = {int(n / 1000000), int((n / 1000) % 1000), int(n % 1000)};
    QStringList w;
    bool started = full;
    for (int i = 0; i < 3; ++i) {
        if (groups[i] == 0)
            continue;
        w << readGroup(groups[i], started);
        if (*names[i])
            w << QString::fromUtf8(names[i]);
        started = true;
    }
    return w;
}

QStringList read(qint64 n, bool full)
{
    const qint64 billion = 1000000000;
    if (n < billion)
        return readBelowBillion(n, full);
    QStringList w = read(n / billion, full);
    w << QStringLiteral("tỷ");
    if (n % billion)
        w << readBelowBillion(n % billion, true);
    return w;
}

} // namespace

namespace VietnameseNumber {

QString toWords(qint64 value)
{
    if (value == 0)
        return digit(0);
    if (value < 0)
        return QStringLiteral("âm ") + toWords(-value);
    return read(value, false).join(QLatin1Char(' '));
}

QString amountInWords(qint64 amount)
{
    QString text = toWords(amount) + QStringLiteral(" đồng");
    text[0] = text[0].toUpper();
    return text;
}

} // namespace VietnameseNumber
