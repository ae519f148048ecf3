#include "Rfc3339.h"

#include <QTimeZone>

namespace {

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<qint64>(doe) - 719468;
}

bool isLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int daysInMonth(int y, int m)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeap(y) ? 29 : days[m - 1];
}

template <typename Ch> class Cursor
{
public:
    Cursor(const Ch* p, qsizetype n) : m_p(p), m_end(p + n) {}
    bool digits(int count, int& out)
    {
        if (m_end - m_p < count)
            return false;
        int v = 0;
        for (int i = 0; i < count; ++i) {
            const auto c = static_cast<unsigned>(m_p[i]);
            if (c < '0' || c > '9')
                return false;
            v = v * 10 + static_cast<int>(c - '0');
        }
        m_p += count;
        out = v;
        return true;
    }
    bool expect(char c)
    {
        if (m_p == m_end || static_cast<unsigned>(*m_p) != static_cast<unsigned char>(c))
            return false;
        ++m_p;
        return true;
    }
    bool peekIs(char c) const
    {
        return m_p != m_end && static_cast<unsigned>(*m_p) == static_cast<unsigned char>(c);
    }
    bool atEnd() const { return m_p == m_end; }
    unsigned peek() const { return m_p == m_end ? 0u : static_cast<unsigned>(*m_p); }
    void advance() { ++m_p; }

private:
    const Ch* m_p;
    const Ch* m_end;
};

template <typename Ch> std::optional<int> parseOffsetAt(Cursor<Ch>& c)
{
    if (c.expect('Z') || c.expect('z'))
        return 0;
    int sign = 0;
    if (c.expect('+'))
        sign = 1;
    else if (c.expect('-'))
        sign = -1;
    else
        return std::nullopt;
    int hh = 0, mm = 0;
    if (!c.digits(2, hh) || !c.expect(':') || !c.digits(2, mm) || hh > 23 || mm > 59)
        return std::nullopt;
    return sign * (hh * 60 + mm);
}

template <typename Ch> std::optional<Timestamp> parseImpl(const Ch* data, qsizetype size)
{
    Cursor<Ch> c(data, size);
    int y, mo, d, h, mi, s;
    if (!c.digits(4, y) || !c.expect('-') || !c.digits(2, mo) || !c.expect('-') ||
        !c.digits(2, d))
        return std::nullopt;
    if (!(c.expect('T') || c.expect('t') || c.expect(' ')))
        return std::nullopt;
    if (!c.digits(2, h) || !c.expect(':') || !c.digits(2, mi) || !c.expect(':') ||
        !c.digits(2, s))
        return std::nullopt;
    if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || h > 23 || mi > 59 || s > 59)
        return std::nullopt;
    int ms = 0;
    bool hasMs = false;
    if (c.expect('.')) {
        int n = 0;
        while (c.peek() >= '0' && c.peek() <= '9') {
            if (n < 3)
                ms = ms * 10 + static_cast<int>(c.peek() - '0');
            ++n;
            c.advance();
        }
        if (n == 0)
            return std::nullopt;
        for (int i = n; i < 3; ++i)
            ms *= 10;
        hasMs = true;
    }
    const auto offset = parseOffsetAt(c);
    if (!offset || !c.atEnd())
        return std::nullopt;
    Timestamp t;
    const qint64 localMs = ((daysFromCivil(y, mo, d) * 24 + h) * 60 + mi) * 60000LL + s * 1000LL + ms;
    t.utcMs = localMs - *offset * 60000LL;
    t.offsetMinutes = *offset;
    t.hasMilliseconds = hasMs;
    return t;
}

} // namespace

namespace Rfc3339 {

std::optional<Timestamp> parse(QStringView text)
{
    return parseImpl(text.utf16(), text.size());
}

std::optional<Timestamp> parse(const char* data, qsizetype size) { return parseImpl(data, size); }

std::optional<int> parseOffset(QStringView text)
{
    Cursor<char16_t> c(text.utf16(), text.size());
    auto r = parseOffsetAt(c);
    if (!r || !c.atEnd())
        return std::nullopt;
    return r;
}

QString formatOffset(int offsetMinutes)
{
    if (offsetMinutes == 0)
        return QStringLiteral("+00:00");
    const QChar sign = offsetMinutes < 0 ? QLatin1Char('-') : QLatin1Char('+');
    const int a = qAbs(offsetMinutes);
    return sign + QStringLiteral("%1:%2").arg(a / 60, 2, 10, QLatin1Char('0')).arg(a % 60, 2, 10, QLatin1Char('0'));
}

} // namespace Rfc3339

QDateTime Timestamp::toDateTime() const
{
    return QDateTime::fromMSecsSinceEpoch(utcMs, QTimeZone(offsetMinutes * 60));
}

Timestamp Timestamp::fromDateTime(const QDateTime& dt)
{
    Timestamp t;
    t.utcMs = dt.toMSecsSinceEpoch();
    t.offsetMinutes = dt.offsetFromUtc() / 60;
    t.hasMilliseconds = dt.time().msec() != 0;
    return t;
}

QString Timestamp::toString() const
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(utcMs + offsetMinutes * 60000LL, QTimeZone::utc());
    const QString base = local.toString(hasMilliseconds ? QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")
                                                        : QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    return base + Rfc3339::formatOffset(offsetMinutes);
}
