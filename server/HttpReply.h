#pragma once

#include <QByteArray>
#include <QHttpServerResponder>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

// How contest-server answers: JSON for the APIs, HTML and redirects for the site's
// pages. Every answer carries the same security headers, so no page can forget them:
// a Content-Security-Policy that allows nothing from another site and no inline script.
namespace HttpReply {
using Status = QHttpServerResponder::StatusCode;
using Headers = QList<QPair<QByteArray, QByteArray>>;

void send(QHttpServerResponder& responder, Status status, const QByteArray& contentType,
          const QByteArray& body, const Headers& extra = {});
void json(QHttpServerResponder& responder, Status status, const QByteArray& body,
          const Headers& extra = {});
void error(QHttpServerResponder& responder, Status status, const QString& message,
           const QJsonObject& fields = {}, const Headers& extra = {});
void html(QHttpServerResponder& responder, Status status, const QByteArray& body,
          const Headers& extra = {});
// 303 See Other: a form post answered by a page the browser then GETs, so a reload
// never posts twice.
void redirect(QHttpServerResponder& responder, const QByteArray& location,
              const Headers& extra = {});
} // namespace HttpReply
