#include "ServerClient.h"

#include "NetworkText.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>

namespace {

// Failures below the HTTP layer (refused, closed mid-response, timed out) and broken
// HTTP framing: the request may well succeed if sent again.
bool isTransportFailure(QNetworkReply::NetworkError e)
{
    return (e > QNetworkReply::NoError && e < QNetworkReply::ContentAccessDenied) ||
           e == QNetworkReply::ProtocolFailure || e == QNetworkReply::UnknownServerError;
}

QString serverMessage(const QByteArray& body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    const QString message = o.value(QLatin1String("error")).toString();
    return message.isEmpty() ? QString::fromUtf8(body.left(200)).simplified() : message;
}

} // namespace

ServerClient::ServerClient(QNetworkAccessManager& manager, ServerConfig config, QObject* parent)
    : QObject(parent), m_manager(manager), m_config(std::move(config)),
      m_ssl(QSslConfiguration::defaultConfiguration()),
      m_pin(PeerCertificate::normalizeFingerprint(m_config.pinnedSha256))
{
    if (m_config.baseUrl.scheme() != QLatin1String("https") || m_config.baseUrl.host().isEmpty())
        throw UserError(tr("%1: the server URL must start with https:// and name a host")
                            .arg(m_config.baseUrl.toString()));
    if (!m_config.caFile.isEmpty()) {
        const QList<QSslCertificate> extra = QSslCertificate::fromPath(m_config.caFile, QSsl::Pem);
        if (extra.isEmpty())
            throw UserError(
                tr("%1: no PEM certificate could be read from the CA file").arg(m_config.caFile));
        m_ssl.setCaCertificates(m_ssl.caCertificates() + extra);
    }
    m_ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
}

QUrl ServerClient::endpoint(const QString& path) const
{
    QUrl url = m_config.baseUrl.adjusted(QUrl::StripTrailingSlash);
    url.setPath(url.path() + path);
    return url;
}

void ServerClient::abort()
{
    m_aborted = true;
    Q_EMIT abortRequested(); // queued to the loops of the thread this client works in
}

void ServerClient::throwIfAborted() const
{
    if (m_aborted)
        throw EnvironmentError(tr("%1: the request was cancelled").arg(m_config.key()));
}

void ServerClient::wait(int ms)
{
    // A local loop rather than sleeping, so a window stays responsive meanwhile.
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    connect(this, &ServerClient::abortRequested, &loop, &QEventLoop::quit);
    if (!m_aborted)
        loop.exec();
    throwIfAborted();
}

ServerClient::Reply ServerClient::sendOnce(const QByteArray& verb, const QUrl& url,
                                           const QByteArray& body, qint64 maxBytes)
{
    QNetworkRequest request(url);
    request.setSslConfiguration(m_ssl);
    request.setRawHeader("Authorization", "Bearer " + m_config.token);
    request.setRawHeader("Accept", "application/json");
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    // Qt 6 follows redirects by default, Authorization header included, even to another
    // host: every 3xx comes back to send(), which decides.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(m_config.timeoutMs);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));

    Reply result;
    QNetworkReply* reply = m_manager.sendCustomRequest(request, verb, body);
    connect(reply, &QNetworkReply::sslErrors, reply, [&, reply](const QList<QSslError>& errors) {
        const QSslCertificate cert = errors.isEmpty() || errors.first().certificate().isNull()
                                         ? reply->sslConfiguration().peerCertificate()
                                         : errors.first().certificate();
        const PeerCertificate peer = PeerCertificate::from(cert, errors);
        if (!m_pin.isEmpty() &&
            PeerCertificate::normalizeFingerprint(peer.sha256.toLatin1()) == m_pin) {
            // The administrator confirmed this very certificate: trust it, and only it.
            reply->ignoreSslErrors(errors);
            return;
        }
        m_lastPeer = peer;
        result.untrusted = true;
    });
    // The bounds, enforced while the bytes arrive: the body is taken as it comes, so what
    // is held never exceeds the limit by more than one read.
    auto cut = [&, reply](Reply::Cut why) {
        if (result.cut == Reply::Cut::None)
            result.cut = why;
        reply->abort();
    };
    connect(reply, &QNetworkReply::metaDataChanged, reply, [&, reply] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > maxBytes) {
            result.contentLength = length.toLongLong();
            cut(Reply::Cut::ContentLength);
        }
    });
    connect(reply, &QIODevice::readyRead, reply, [&, reply] {
        result.body += reply->read(maxBytes + 1 - result.body.size());
        if (result.body.size() > maxBytes)
            cut(Reply::Cut::Size);
    });
    QTimer deadline;
    deadline.setSingleShot(true);
    connect(&deadline, &QTimer::timeout, reply, [&] { cut(Reply::Cut::Deadline); });
    deadline.start(std::max(1, m_config.deadlineMs));

    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    connect(this, &ServerClient::abortRequested, &loop, &QEventLoop::quit);
    if (!reply->isFinished() && !m_aborted)
        loop.exec();
    deadline.stop();
    if (!reply->isFinished()) {
        disconnect(reply, nullptr, reply, nullptr);
        reply->abort();
        reply->deleteLater();
        throwIfAborted();
    }
    disconnect(reply, nullptr, reply, nullptr);
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    // Qt's text is English ("Host … not found"): our phrase for the code, with the host.
    result.errorString = NetworkText::error(reply->error(), url.host());
    if (result.cut == Reply::Cut::None) {
        result.body += reply->read(maxBytes + 1 - result.body.size());
        if (result.body.size() > maxBytes)
            result.cut = Reply::Cut::Size;
    }
    result.retryAfter = reply->rawHeader("Retry-After");
    result.location = reply->rawHeader("Location");
    reply->deleteLater();
    return result;
}

void ServerClient::failCut(const QString& where, const Reply& r, qint64 maxBytes) const
{
    const QString megabytes = QString::number(double(maxBytes) / (1024 * 1024), 'f', 1);
    switch (r.cut) {
    case Reply::Cut::ContentLength:
        throw EnvironmentError(tr("%1: the response would be %2 bytes, over the size limit of "
                                  "%3 MB (--max-page-mb); it was refused before its body and "
                                  "nothing of it was stored")
                                   .arg(where)
                                   .arg(r.contentLength)
                                   .arg(megabytes));
    case Reply::Cut::Size:
        throw EnvironmentError(tr("%1: the response passed the size limit of %2 MB "
                                  "(--max-page-mb) and was cut off; nothing of it was stored")
                                   .arg(where, megabytes));
    case Reply::Cut::Deadline:
        throw EnvironmentError(tr("%1: the response did not complete within the deadline of "
                                  "%2 s (--deadline); nothing of it was stored")
                                   .arg(where)
                                   .arg(m_config.deadlineMs / 1000.0));
    case Reply::Cut::None:
        break;
    }
    throw EnvironmentError(where);
}

ServerClient::Reply ServerClient::sendWithRetries(const QByteArray& verb, const QUrl& url,
                                                  const QByteArray& body, qint64 maxBytes)
{
    const QString where = QStringLiteral("%1 %2").arg(QString::fromLatin1(verb), url.toString());
    QString lastReason;
    const int attempts = std::max(1, m_config.maxAttempts);
    for (int attempt = 1; attempt <= attempts; ++attempt) {
        throwIfAborted();
        Reply r = sendOnce(verb, url, body, maxBytes);
        if (r.untrusted || r.error == QNetworkReply::SslHandshakeFailedError) {
            throw CertificateError(
                tr("%1: the server's certificate is not trusted (%2). Give the CA that issued it "
                   "with --ca-file, or pin its fingerprint after checking it. %3")
                    .arg(where, m_lastPeer.errors.join(QStringLiteral("; ")),
                         m_lastPeer.describe()),
                m_lastPeer);
        }
        // A bound passed: the same server would only do it again (a drip, a flood).
        if (r.cut != Reply::Cut::None)
            failCut(where, r, maxBytes);
        int waitMs = m_config.backoffBaseMs << std::min(attempt - 1, 5);
        if (isTransportFailure(r.error) && !(r.status >= 400 && r.status < 500)) {
            lastReason = r.errorString;
        } else if (r.status == 429 || r.status == 503) {
            lastReason = tr("HTTP %1").arg(r.status);
            bool ok = false;
            const int seconds = r.retryAfter.trimmed().toInt(&ok);
            if (ok && seconds > m_config.maxRetryAfterSeconds) {
                throw EnvironmentError(tr("%1: the server is busy (HTTP %2) and asks to retry "
                                          "after %3 s; try again later")
                                           .arg(where)
                                           .arg(r.status)
                                           .arg(seconds));
            }
            if (ok && seconds >= 0)
                waitMs = seconds * 1000;
        } else if (r.status >= 500) {
            lastReason = tr("HTTP %1: %2").arg(r.status).arg(serverMessage(r.body));
        } else if (r.status == 401) {
            throw UserError(
                tr("%1: the server refused the token (HTTP 401 Unauthorized); check the token file")
                    .arg(where));
        } else if (r.status == 0) {
            throw EnvironmentError(tr("%1: %2").arg(where, r.errorString));
        } else {
            return r;
        }
        if (attempt < attempts) {
            Q_EMIT retrying(attempt + 1, waitMs, lastReason);
            wait(waitMs);
        }
    }
    throw EnvironmentError(
        tr("%1: gave up after %2 attempts; last: %3").arg(where).arg(attempts).arg(lastReason));
}

namespace {

bool sameOrigin(const QUrl& a, const QUrl& b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0 &&
           a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && a.port(443) == b.port(443);
}

QString origin(const QUrl& url)
{
    return url
        .adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery |
                  QUrl::RemoveFragment)
        .toString();
}

} // namespace

QUrl ServerClient::redirectTarget(const QUrl& from, const Reply& r, int hops) const
{
    const QString where = from.toString();
    const QUrl target = from.resolved(QUrl::fromEncoded(r.location, QUrl::StrictMode));
    if (r.location.isEmpty() || !target.isValid())
        throw EnvironmentError(
            tr("%1: HTTP %2 without a usable Location").arg(where).arg(r.status));
    if (!sameOrigin(target, m_config.baseUrl)) {
        throw EnvironmentError(
            tr("%1: the server redirected to another origin, %2; it was not followed and the "
               "token was not sent there. Check --server: only %3 is trusted with the token.")
                .arg(where, origin(target), origin(m_config.baseUrl)));
    }
    if (hops >= kMaxRedirects)
        throw EnvironmentError(
            tr("%1: more than %2 redirects; stopped").arg(where).arg(kMaxRedirects));
    return target;
}

ServerClient::Reply ServerClient::send(const QByteArray& verb, const QUrl& url,
                                       const QByteArray& body, qint64 maxBytes)
{
    QUrl current = url;
    for (int hops = 0;; ++hops) {
        Reply r = sendWithRetries(verb, current, body, maxBytes);
        const bool redirect = r.status == 301 || r.status == 302 || r.status == 303 ||
                              r.status == 307 || r.status == 308;
        if (!redirect)
            return r;
        current = redirectTarget(current, r, hops);
    }
}

qint64 ServerClient::pageByteLimit(int limit) const
{
    if (m_config.maxPageBytes > 0)
        return m_config.maxPageBytes;
    return std::max(kMinPageBytes, qint64(std::max(1, limit)) * kBytesPerItem);
}

QJsonObject ServerClient::parseObject(const Reply& reply, const QUrl& url) const
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(reply.body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        throw EnvironmentError(
            tr("%1: the server's answer is not a JSON object (%2 at byte %3 of %4)")
                .arg(url.toString(), error.error != QJsonParseError::NoError ? error.errorString()
                                                                             : tr("not an object"))
                .arg(error.offset)
                .arg(reply.body.size()));
    }
    return doc.object();
}

void ServerClient::failStatus(const QByteArray& verb, const Reply& reply, const QUrl& url) const
{
    const QString message = tr("%1 %2: HTTP %3: %4")
                                .arg(QString::fromLatin1(verb), url.toString())
                                .arg(reply.status)
                                .arg(serverMessage(reply.body));
    if (reply.status >= 400 && reply.status < 500)
        throw UserError(message);
    throw EnvironmentError(message);
}

QJsonObject ServerClient::contest(const QString& code)
{
    const QUrl url = endpoint(QStringLiteral("/api/v1/contests/") +
                              QString::fromLatin1(QUrl::toPercentEncoding(code)));
    const Reply r = send("GET", url, {});
    if (r.status == 404)
        throw UserError(tr("%1: the server has no contest '%2' (HTTP 404); publish it first")
                            .arg(url.toString(), code));
    if (r.status != 200)
        failStatus("GET", r, url);
    return parseObject(r, url);
}

int ServerClient::publish(const QString& code, const QJsonObject& package)
{
    const QUrl url =
        endpoint(QStringLiteral("/api/v1/contests/") +
                 QString::fromLatin1(QUrl::toPercentEncoding(code)) + QStringLiteral("/package"));
    const Reply r = send("PUT", url, QJsonDocument(package).toJson(QJsonDocument::Compact));
    if (r.status == 409) {
        throw UserError(tr("PUT %1: the server refused the package (HTTP 409): %2")
                            .arg(url.toString(), serverMessage(r.body)));
    }
    if (r.status != 200)
        failStatus("PUT", r, url);
    const QJsonValue version = parseObject(r, url).value(QLatin1String("package_version"));
    if (!version.isDouble())
        throw EnvironmentError(
            tr("PUT %1: the answer has no numeric \"package_version\"").arg(url.toString()));
    return version.toInt();
}

QJsonObject ServerClient::publishToSite(const QString& code, const QString& what,
                                        const QJsonObject& body)
{
    const QUrl url =
        endpoint(QStringLiteral("/api/v1/contests/") +
                 QString::fromLatin1(QUrl::toPercentEncoding(code)) + QLatin1Char('/') + what);
    const Reply r = send("PUT", url, QJsonDocument(body).toJson(QJsonDocument::Compact));
    if (r.status != 200)
        failStatus("PUT", r, url);
    return parseObject(r, url);
}

SubmissionPage ServerClient::submissions(const QString& code, const QString& after, int limit)
{
    QUrl url = endpoint(QStringLiteral("/api/v1/contests/") +
                        QString::fromLatin1(QUrl::toPercentEncoding(code)) +
                        QStringLiteral("/submissions"));
    QUrlQuery query;
    if (!after.isEmpty())
        query.addQueryItem(QStringLiteral("after"),
                           QString::fromLatin1(QUrl::toPercentEncoding(after)));
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    url.setQuery(query);
    const qint64 maxBytes = pageByteLimit(limit);
    const Reply r = send("GET", url, {}, maxBytes);
    if (r.status == 404)
        throw UserError(tr("%1: the server has no contest '%2' (HTTP 404); publish it first")
                            .arg(url.toString(), code));
    if (r.status != 200)
        failStatus("GET", r, url);

    // A page is taken whole or not at all: anything wrong in its frame stops the run
    // before any of its items is stored.
    const QString malformed = tr("GET %1: malformed page: %2; nothing of this page was stored");
    SubmissionPage result;
    const QString problem = result.read(r.body);
    if (!problem.isEmpty())
        throw EnvironmentError(malformed.arg(url.toString(), problem));
    if (result.size() > limit) {
        throw EnvironmentError(malformed.arg(
            url.toString(), tr("it has %1 items but at most %2 were asked for (limit)")
                                .arg(result.size())
                                .arg(limit)));
    }
    return result;
}
