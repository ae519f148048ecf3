#include "ContestantApi.h"

#include "HttpReply.h"

#include <QHttpServer>
#include <QJsonDocument>

namespace {
// The body as a JSON object; an empty body counts as {} (a submit without changes).
std::optional<QJsonObject> jsonBody(const QHttpServerRequest& request,
                                    QHttpServerResponder& responder)
{
    if (request.body().trimmed().isEmpty())
        return QJsonObject();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        HttpReply::error(
            responder, HttpReply::Status::BadRequest,
            QStringLiteral("Nội dung không phải một đối tượng JSON (byte %1).").arg(error.offset));
        return std::nullopt;
    }
    return doc.object();
}
} // namespace

void ContestantApi::addRoutes(QHttpServer& http)
{
    using Method = QHttpServerRequest::Method;
    http.route(QStringLiteral("/api/v1/contests/<arg>/public"), Method::Get,
               [this](const QString& code, const QHttpServerRequest& r, QHttpServerResponder&& w) {
                   if (m_gate.admit(r, w, m_service.now()))
                       ContestantGate::reply(w, m_service.publicInfo(code));
               });
    http.route(
        QStringLiteral("/api/v1/contests/<arg>/attempts"), Method::Post,
        [this](const QString& code, const QHttpServerRequest& r, QHttpServerResponder&& w) {
            if (!m_gate.admit(r, w, m_service.now()))
                return;
            if (const auto body = jsonBody(r, w)) {
                const QJsonObject contestant = body->value(QLatin1String("contestant")).toObject();
                ContestantGate::reply(w, m_service.start(code, contestant, m_gate.client(r)));
            }
        });
    http.route(QStringLiteral("/api/v1/attempts/<arg>/answers"), Method::Put,
               [this](const QString& id, const QHttpServerRequest& r, QHttpServerResponder&& w) {
                   if (!m_gate.admit(r, w, m_service.now()))
                       return;
                   if (const auto body = jsonBody(r, w))
                       ContestantGate::reply(
                           w, m_service.save(id, r.value("X-Attempt-Secret"), *body));
               });
    http.route(QStringLiteral("/api/v1/attempts/<arg>/submit"), Method::Post,
               [this](const QString& id, const QHttpServerRequest& r, QHttpServerResponder&& w) {
                   if (!m_gate.admit(r, w, m_service.now()))
                       return;
                   if (const auto body = jsonBody(r, w))
                       ContestantGate::reply(
                           w, m_service.submit(id, r.value("X-Attempt-Secret"), *body));
               });
}
