#pragma once

#include <QString>

// Every instant a person reads, in one format (dd/MM/yyyy HH:mm) and in the contest's
// time zone (issue 14), whatever the computer's own zone is. The zone is said once where
// the times are listed (a header or a tooltip), with zoneLabel().
namespace ContestTime {
QString format(qint64 utcMs, int offsetMinutes);
// An RFC 3339 / ISO text as stored (audit log, revisions); the text itself if unreadable.
QString formatStored(const QString& isoText, int offsetMinutes);
// "UTC+07:00"
QString zoneLabel(int offsetMinutes);
} // namespace ContestTime
