#pragma once

#include <QByteArray>
#include <QHash>

// Per-client request limit of the contestant side: a token bucket per client (a burst,
// then `perSecond` requests a second). What answers 429 with Retry-After.
class RequestLimiter
{
public:
    RequestLimiter(double perSecond, int burst);

    // 0 when the request may go ahead (and is counted); otherwise the seconds to wait.
    int admit(const QByteArray& client, qint64 nowMs);

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 lastMs = 0;
    };
    double m_perSecond;
    int m_burst;
    QHash<QByteArray, Bucket> m_buckets;
};
