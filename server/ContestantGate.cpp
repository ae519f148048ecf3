#include "ContestantGate.h"

#include "HttpReply.h"

#include <QHttpServerRequest>
#include <QJsonDocument>

ContestantGate::ContestantGate(const ServerOptions& options)
    : m_trustProxy(options.plainHttp), m_maxBody(options.maxBodyBytes),
      m_limiter(options.clientRate, options.clientBurst)
{
}

AttemptService::Client ContestantGate::client(const QHttpServerRequest& request) const
{
    AttemptService::Client c{request.remoteAddress(), request.value("User-Agent").left(512)};
    if (m_trustProxy) {
        const QHostAddress forwarded(QString::fromLatin1(request.value("X-Real-IP").trimmed()));
        if (!forwarded.isNull())
            c.address = forwarded;
    }
    return c;
}

bool ContestantGate::admit(const QHttpServerRequest& request, QHttpServerResponder& responder,
                           qint64 nowMs)
{
    const int wait = m_limiter.admit(client(request).address.toString().toLatin1(), nowMs);
    if (wait > 0) {
        HttpReply::error(
            responder, HttpReply::Status::TooManyRequests,
            QStringLiteral("Bạn gửi yêu cầu quá nhanh, vui lòng thử lại sau %1 giây.").arg(wait),
            {}, {{"Retry-After", QByteArray::number(wait)}});
        return false;
    }
    if (request.body().size() > m_maxBody) {
        HttpReply::error(responder, HttpReply::Status::PayloadTooLarge,
                         QStringLiteral("Yêu cầu quá lớn (tối đa %1 byte).").arg(m_maxBody));
        return false;
    }
    return true;
}

void ContestantGate::reply(QHttpServerResponder& responder, const AttemptService::Outcome& outcome)
{
    HttpReply::Headers headers;
    if (outcome.retryAfter > 0)
        headers.append({"Retry-After", QByteArray::number(outcome.retryAfter)});
    const QByteArray body = outcome.status == HttpReply::Status::NoContent
                                ? QByteArray()
                                : QJsonDocument(outcome.body).toJson(QJsonDocument::Compact);
    HttpReply::json(responder, outcome.status, body, headers);
}
