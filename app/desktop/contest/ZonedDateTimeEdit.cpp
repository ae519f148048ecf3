#include "ZonedDateTimeEdit.h"

#include <QTimeZone>

ZonedDateTimeEdit::ZonedDateTimeEdit(QWidget* parent) : QDateTimeEdit(parent)
{
    // UTC inside the editor only so that no local daylight-saving rule can shift or
    // reject a wall-clock time; the real offset is applied when reading it back.
    setTimeSpec(Qt::UTC);
    setDisplayFormat(QStringLiteral("dd/MM/yyyy HH:mm"));
    setCalendarPopup(true);
}

void ZonedDateTimeEdit::setTimestamp(const Timestamp& timestamp, int offsetMinutes)
{
    const QDateTime inZone =
        QDateTime::fromMSecsSinceEpoch(timestamp.utcMs, QTimeZone(offsetMinutes * 60));
    setDateTime(
        QDateTime(inZone.date(), QTime(inZone.time().hour(), inZone.time().minute()), Qt::UTC));
}

Timestamp ZonedDateTimeEdit::timestamp(int offsetMinutes) const
{
    const QDateTime wallClock = dateTime();
    return Timestamp::fromDateTime(
        QDateTime(wallClock.date(), wallClock.time(), QTimeZone(offsetMinutes * 60)));
}
