#include "ReportTable.h"

#include "core/Money.h"

QString ReportTable::display(const QVariant& value, ReportColumn::Type type)
{
    if (value.isNull() || !value.isValid())
        return QString();
    switch (type) {
    case ReportColumn::Type::Money:
        return Money::groupDigits(value.toLongLong());
    case ReportColumn::Type::Percent:
        // Vietnamese decimal comma.
        return QString::number(value.toDouble() * 100, 'f', 1)
                   .replace(QLatin1Char('.'), QLatin1Char(',')) +
               QLatin1Char('%');
    case ReportColumn::Type::Integer:
        return value.typeId() == QMetaType::QString ? value.toString()
                                                    : QString::number(value.toLongLong());
    case ReportColumn::Type::Text:
        break;
    }
    return value.toString();
}
