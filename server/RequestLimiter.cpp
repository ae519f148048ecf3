#include "RequestLimiter.h"

#include <algorithm>
#include <cmath>

RequestLimiter::RequestLimiter(double perSecond, int burst)
    : m_perSecond(perSecond), m_burst(std::max(1, burst))
{
}

int RequestLimiter::admit(const QByteArray& client, qint64 nowMs)
{
    if (m_perSecond <= 0)
        return 0; // no limit
    // Forget full buckets now and then, so memory stays bounded by the busy clients.
    if (m_buckets.size() > 100000) {
        for (auto it = m_buckets.begin(); it != m_buckets.end();) {
            const double refill = (nowMs - it->lastMs) / 1000.0 * m_perSecond;
            it = it->tokens + refill >= m_burst ? m_buckets.erase(it) : std::next(it);
        }
    }
    auto it = m_buckets.find(client);
    if (it == m_buckets.end())
        it = m_buckets.insert(client, Bucket{double(m_burst), nowMs});
    it->tokens =
        std::min(double(m_burst), it->tokens + (nowMs - it->lastMs) / 1000.0 * m_perSecond);
    it->lastMs = nowMs;
    if (it->tokens >= 1) {
        it->tokens -= 1;
        return 0;
    }
    return std::max(1, int(std::ceil((1 - it->tokens) / m_perSecond)));
}
