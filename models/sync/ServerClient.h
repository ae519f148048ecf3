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
    SubmissionPage submissions(const QString& code, const QString& after, int limit);

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
        bool untrusted = false;
    };
    Reply sendOnce(const QByteArray& verb, const QUrl& url, const QByteArray& body);
    Reply send(const QByteArray& verb, const QUrl& url, const QByteArray& body);
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
