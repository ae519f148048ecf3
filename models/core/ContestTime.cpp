#include "ContestTime.h"

#include "Rfc3339.h"

#include <QDateTime>

namespace ContestTime {

QString format(qint64 utcMs, int offsetMinutes)
{
    // Shifting the instant and printing it as UTC shows the wall clock of that offset
    // without depending on the time zones the computer knows.
    return QDateTime::fromMSecsSinceEpoch(utcMs + qint64(offsetMinutes) * 60000, Qt::UTC)
        .toString(QStringLiteral("dd/MM/yyyy HH:mm"));
}

QString formatStored(const QString& isoText, int offsetMinutes)
{
    if (const std::optional<Timestamp> t = Rfc3339::parse(isoText))
        return format(t->utcMs, offsetMinutes);
    const QDateTime at = QDateTime::fromString(isoText, Qt::ISODateWithMs);
    return at.isValid() ? format(at.toMSecsSinceEpoch(), offsetMinutes) : isoText;
}

QString zoneLabel(int offsetMinutes)
{
    return QStringLiteral("UTC") + Rfc3339::formatOffset(offsetMinutes);
}

} // namespace ContestTime
