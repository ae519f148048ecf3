#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

// How to reach one contest server (spec/server-api.md). Verification of the server's
// certificate is always on: an extra CA file may be trusted, and a certificate that is
// still not trusted is accepted only when its SHA-256 equals `pinnedSha256`, which the
// caller sets after an administrator confirmed it. There is no "ignore errors" mode.
struct ServerConfig
{
    QUrl baseUrl;                   // "https://127.0.0.1:8443"
    QByteArray token;               // Bearer token; never logged
    QString caFile;                 // PEM, trusted in addition to the system CAs; empty: none
    QByteArray pinnedSha256;        // hex (colons allowed); empty: no pin
    int timeoutMs = 30000;          // no byte for this long: the attempt failed
    int maxAttempts = 6;            // per request, for 5xx, 429, dropped connections, timeouts
    int backoffBaseMs = 250;        // first wait after a failure without Retry-After; doubles
    int maxRetryAfterSeconds = 300; // a longer Retry-After is an error, not a wait
    // Bounds on one response (issue 13): past either, the attempt ends at once, is not
    // retried, and nothing of it is used. A server that drips a byte a second never trips
    // `timeoutMs`; the deadline counts from the request to the last byte.
    int deadlineMs = 60000;
    // The largest page body accepted; 0: derived from the page's `limit` (see
    // ServerClient::pageByteLimit). Other answers (contest, publish) are small: kMaxAnswerBytes.
    qint64 maxPageBytes = 0;
    static constexpr qint64 kMaxAnswerBytes = 4 * 1024 * 1024;

    // The server's identity as the sync state keys it: no user info, no trailing slash.
    QString key() const
    {
        QUrl url =
            baseUrl.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment |
                             QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);
        if (url.path() == QLatin1String("/")) // "https://host/" and "https://host" are one server
            url.setPath(QString());
        return url.toString();
    }
};
