#pragma once

#include <QDateTime>
#include <QString>
#include <QStringView>

#include <optional>

// An instant as RFC 3339 writes it: the UTC time plus the offset it was written in,
// so that "08:21:47.350+07:00" round-trips exactly and compares by instant.
struct Timestamp
{
    qint64 utcMs = 0;     // milliseconds since 1970-01-01T00:00:00Z
    int offsetMinutes = 0; // e.g. +420 for +07:00
    bool hasMilliseconds = false;

    QString toString() const; // RFC 3339 in its own offset; milliseconds when it had them
    QDateTime toDateTime() const;
    static Timestamp fromDateTime(const QDateTime& dt);

    friend bool operator==(const Timestamp& a, const Timestamp& b)
    {
        return a.utcMs == b.utcMs && a.offsetMinutes == b.offsetMinutes;
    }
    friend bool operator!=(const Timestamp& a, const Timestamp& b) { return !(a == b); }
};

namespace Rfc3339 {
// Strict RFC 3339 "date-time": a full date, a time and an offset (Z or ±HH:MM) are
// all required. Fractions of a second are kept to the millisecond.
std::optional<Timestamp> parse(QStringView text);
std::optional<Timestamp> parse(const char* data, qsizetype size);

// "+07:00" / "-03:30" / "Z" -> minutes; nullopt for anything else (hours over 23...).
std::optional<int> parseOffset(QStringView text);
QString formatOffset(int offsetMinutes);
} // namespace Rfc3339
