#pragma once

#include "PeerCertificate.h"
#include "ServerConfig.h"
#include "SubmissionPage.h"
#include "core/Problem.h"

#include <QJsonObject>
#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QSslConfiguration>

#include <atomic>

class QNetworkAccessManager;

// The server's certificate is not trusted (and not pinned): the peer's details travel
// with the error so that a dialog can show them and offer to pin the fingerprint.
class CertificateError : public EnvironmentError
{
public:
    CertificateError(const QString& message, PeerCertificate peer)
        : EnvironmentError(message), m_peer(std::move(peer))
    {
    }
    const PeerCertificate& peer() const { return m_peer; }

private:
    PeerCertificate m_peer;
};

// The API of spec/server-api.md over HTTPS, on a manager the caller owns (tests and the
// UI inject theirs). Calls block in a local event loop; transient failures (429/503 with
// Retry-After, other 5xx, dropped connections, timeouts) are retried a bounded number of
// times. Failures throw: UserError for what the user can fix (wrong token, refused
// package, unknown contest), EnvironmentError (CertificateError) for the rest.
class ServerClient : public QObject
{
    Q_OBJECT
public:
    ServerClient(QNetworkAccessManager& manager, ServerConfig config, QObject* parent = nullptr);

    const ServerConfig& config() const { return m_config; }

    QJsonObject contest(const QString& code);
    int publish(const QString& code, const QJsonObject& package); // the new package_version
    // PUT .../{what} ("results", "certificates") of a contest site (contest-site.md);
    // the server's answer.
    QJsonObject publishToSite(const QString& code, const QString& what, const QJsonObject& body);
    SubmissionPage submissions(const QString& code, const QString& after, int limit);

    // The largest body accepted for a page of `limit` items: the configured maxPageBytes,
    // else kBytesPerItem per item asked for (a few times the largest legitimate item),
    // at least kMinPageBytes.
    qint64 pageByteLimit(int limit) const;
    static constexpr qint64 kBytesPerItem = 16 * 1024;
    static constexpr qint64 kMinPageBytes = 1024 * 1024;
    static constexpr int kMaxRedirects = 5; // within the configured origin

    // The last certificate that failed verification (null when none did).
    const PeerCertificate& lastUntrustedPeer() const { return m_lastPeer; }

    // Thread-safe: the request in flight (or the wait before a retry) ends at once and
    // throws; so does every later one. A sync's worker thread is stopped this way.
    void abort();

Q_SIGNALS:
    // A transient failure: waiting `waitMs` before attempt `attempt` (2, 3, ...).
    void retrying(int attempt, int waitMs, const QString& reason);
    void abortRequested(); // internal: wakes the local event loops

private:
    struct Reply
    {
        int status = 0;
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QString errorString;
        QByteArray body;
        QByteArray retryAfter;
        QByteArray location; // of a 3xx
        bool untrusted = false;
        // Why the attempt was cut off by a bound, with what the message names; not retried.
        enum class Cut
        {
            None,
            ContentLength,
            Size,
            Deadline
        } cut = Cut::None;
        qint64 contentLength = -1;
    };
    Reply sendOnce(const QByteArray& verb, const QUrl& url, const QByteArray& body,
                   qint64 maxBytes);
    Reply sendWithRetries(const QByteArray& verb, const QUrl& url, const QByteArray& body,
                          qint64 maxBytes);
    // With redirects inside the configured origin followed; any other ends the run.
    Reply send(const QByteArray& verb, const QUrl& url, const QByteArray& body,
               qint64 maxBytes = ServerConfig::kMaxAnswerBytes);
    QUrl redirectTarget(const QUrl& from, const Reply& reply, int hops) const;
    [[noreturn]] void failCut(const QString& where, const Reply& reply, qint64 maxBytes) const;
    QUrl endpoint(const QString& path) const;
    QJsonObject parseObject(const Reply& reply, const QUrl& url) const;
    [[noreturn]] void failStatus(const QByteArray& verb, const Reply& reply, const QUrl& url) const;
    void wait(int ms);
    void throwIfAborted() const;

    QNetworkAccessManager& m_manager;
    ServerConfig m_config;
    QSslConfiguration m_ssl;
    QByteArray m_pin;
    PeerCertificate m_lastPeer;
    std::atomic<bool> m_aborted{false};
};
