#include "Money.h"

namespace Money {

QString groupDigits(qint64 amount)
{
    const bool negative = amount < 0;
    const QString digits = QString::number(negative ? -amount : amount);
    QString out;
    for (qsizetype i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            out.append(QLatin1Char('.'));
        out.append(digits.at(i));
    }
    return negative ? QLatin1Char('-') + out : out;
}

QString format(qint64 amount)
{
    return groupDigits(amount) + QStringLiteral(" đồng");
}

} // namespace Money
