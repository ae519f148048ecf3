#include "Duration.h"

namespace Duration {

QString format(qint64 ms)
{
    if (ms < 0)
        return QStringLiteral("-") + format(-ms);
    return QStringLiteral("%1:%2.%3")
        .arg(ms / 60000, 2, 10, QLatin1Char('0'))
        .arg((ms / 1000) % 60, 2, 10, QLatin1Char('0'))
        .arg(ms % 1000, 3, 10, QLatin1Char('0'));
}

} // namespace Duration
