#pragma once

#include "AttemptService.h"
#include "RequestLimiter.h"
#include "ServerOptions.h"

class QHttpServerRequest;
class QHttpServerResponder;

// What every contestant request passes before it is read: the per-client rate limit
// (429 with Retry-After) and the body size limit (413). Also says who the client is:
// the peer's address, or nginx's X-Real-IP when the server runs --http behind it on
// loopback (only then can the header be trusted: nobody else can connect).
class ContestantGate
{
public:
    explicit ContestantGate(const ServerOptions& options);

    // false: the refusal is already written.
    bool admit(const QHttpServerRequest& request, QHttpServerResponder& responder, qint64 nowMs);
    AttemptService::Client client(const QHttpServerRequest& request) const;
    // Writes an outcome as JSON (Retry-After for 429; no body for 204).
    static void reply(QHttpServerResponder& responder, const AttemptService::Outcome& outcome);

private:
    bool m_trustProxy;
    int m_maxBody;
    RequestLimiter m_limiter;
};
