#include "MoneySpinBox.h"

#include "core/Money.h"

namespace {
QString digitsOnly(QStringView text)
{
    QString digits;
    for (QChar c : text) {
        if (c.isDigit())
            digits += c;
    }
    return digits;
}
} // namespace

MoneySpinBox::MoneySpinBox(QWidget* parent) : QSpinBox(parent)
{
    setRange(0, 2000000000);
    setSingleStep(50000);
    setSuffix(QStringLiteral(" đồng"));
    setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    setGroupSeparatorShown(false); // the grouping is ours: '.' whatever the locale
}

QString MoneySpinBox::textFromValue(int value) const
{
    return Money::groupDigits(value);
}

int MoneySpinBox::valueFromText(const QString& text) const
{
    QStringView number(text);
    if (number.endsWith(suffix()))
        number.chop(suffix().size());
    return digitsOnly(number).toInt();
}

QValidator::State MoneySpinBox::validate(QString& input, int& pos) const
{
    QStringView number(input);
    if (number.endsWith(suffix()))
        number.chop(suffix().size());
    for (QChar c : number) {
        if (!c.isDigit() && c != QLatin1Char('.') && c != QLatin1Char(' '))
            return QValidator::Invalid;
    }
    const QString digits = digitsOnly(number);
    if (digits.isEmpty())
        return QValidator::Intermediate;
    bool ok = false;
    const qint64 value = digits.toLongLong(&ok);
    if (!ok || value > maximum())
        return QValidator::Invalid;
    return QValidator::Acceptable;
}
