#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QString>

class QNetworkReply;

// Plain HTTP(S) calls to a running contest-server, one at a time or several at once,
// trusting the test CA. Keeps every response body, so a test can scan a whole run for
// what must never be sent (answer keys, the admin token).
class SiteClient
{
public:
    struct Response
    {
        int status = 0;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        QJsonObject json() const;
        QByteArray header(const QByteArray& name) const;
    };
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    SiteClient(const QString& baseUrl, const QString& caFile);

    Response call(const QByteArray& method, const QString& path, const QByteArray& body = {},
                  const Headers& headers = {});
    Response json(const QByteArray& method, const QString& path, const QJsonObject& body,
                  const Headers& headers = {});
    // Sends every request before waiting for any, so the server sees them together.
    QList<Response> concurrently(const QByteArray& method, const QString& path,
                                 const QList<QByteArray>& bodies);
    Response admin(const QByteArray& method, const QString& path, const QJsonObject& body = {});

    const QList<QByteArray>& bodiesSeen() const { return m_seen; }

    // A request sent without waiting, and its answer: a test sends to several servers
    // before it waits for any.
    QNetworkReply* send(const QByteArray& method, const QString& path, const QByteArray& body,
                        const Headers& headers);
    Response finish(QNetworkReply* reply);

private:
    QString m_base;
    QNetworkAccessManager m_net;
    QList<QByteArray> m_seen;
};
