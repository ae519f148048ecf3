#include "SiteClient.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>

SiteClient::SiteClient(const QString& baseUrl, const QString& caFile) : m_base(baseUrl)
{
    if (!caFile.isEmpty()) {
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setCaCertificates(QSslCertificate::fromPath(caFile));
        QSslConfiguration::setDefaultConfiguration(config);
    }
    m_net.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

QJsonObject SiteClient::Response::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QByteArray SiteClient::Response::header(const QByteArray& name) const
{
    for (const auto& h : headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return {};
}

QNetworkReply* SiteClient::send(const QByteArray& method, const QString& path,
                                const QByteArray& body, const Headers& headers)
{
    QNetworkRequest request(QUrl(m_base + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (const auto& h : headers)
        request.setRawHeader(h.first, h.second);
    return m_net.sendCustomRequest(request, method, body);
}

SiteClient::Response SiteClient::finish(QNetworkReply* reply)
{
    if (!reply->isFinished()) {
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(30000);
    }
    Response r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.headers = reply->rawHeaderPairs();
    m_seen << r.body;
    reply->deleteLater();
    return r;
}

SiteClient::Response SiteClient::call(const QByteArray& method, const QString& path,
                                      const QByteArray& body, const Headers& headers)
{
    return finish(send(method, path, body, headers));
}

SiteClient::Response SiteClient::json(const QByteArray& method, const QString& path,
                                      const QJsonObject& body, const Headers& headers)
{
    return call(method, path, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
}

QList<SiteClient::Response> SiteClient::concurrently(const QByteArray& method, const QString& path,
                                                     const QList<QByteArray>& bodies)
{
    QList<QNetworkReply*> replies;
    for (const QByteArray& body : bodies)
        replies << send(method, path, body, {});
    QList<Response> out;
    for (QNetworkReply* reply : replies)
        out << finish(reply);
    return out;
}

SiteClient::Response SiteClient::admin(const QByteArray& method, const QString& path,
                                       const QJsonObject& body)
{
    return call(method, path,
                body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact),
                {{"Authorization", "Bearer s3cret-token"}});
}
