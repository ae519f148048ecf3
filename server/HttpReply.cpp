#include "HttpReply.h"

#include <QJsonDocument>

namespace HttpReply {

void send(QHttpServerResponder& responder, Status status, const QByteArray& contentType,
          const QByteArray& body, const Headers& extra)
{
    responder.writeStatusLine(status);
    responder.writeHeader("Content-Type", contentType);
    responder.writeHeader("Content-Length", QByteArray::number(body.size()));
    // Nothing from another site, no inline script or style, no framing (clickjacking).
    responder.writeHeader("Content-Security-Policy",
                          "default-src 'self'; frame-ancestors 'none'; base-uri 'none'; "
                          "form-action 'self'");
    responder.writeHeader("X-Content-Type-Options", "nosniff");
    responder.writeHeader("Referrer-Policy", "no-referrer");
    responder.writeHeader("Cache-Control", "no-store");
    for (const auto& h : extra)
        responder.writeHeader(h.first, h.second);
    responder.writeBody(body);
}

void json(QHttpServerResponder& responder, Status status, const QByteArray& body,
          const Headers& extra)
{
    send(responder, status, "application/json", body, extra);
}

void error(QHttpServerResponder& responder, Status status, const QString& message,
           const QJsonObject& fields, const Headers& extra)
{
    QJsonObject o{{QStringLiteral("error"), message}};
    if (!fields.isEmpty())
        o.insert(QStringLiteral("fields"), fields);
    json(responder, status, QJsonDocument(o).toJson(QJsonDocument::Compact), extra);
}

void html(QHttpServerResponder& responder, Status status, const QByteArray& body,
          const Headers& extra)
{
    send(responder, status, "text/html; charset=utf-8", body, extra);
}

void redirect(QHttpServerResponder& responder, const QByteArray& location, const Headers& extra)
{
    Headers headers = extra;
    headers.append({"Location", location});
    send(responder, Status::SeeOther, "text/plain; charset=utf-8", QByteArray(), headers);
}

} // namespace HttpReply
