#pragma once

#include <QCoreApplication>

#include <functional>

class CertificateError;
class Database;
class ServerClient;
struct ServerConfig;
class TokenStore;
class QWidget;

// One conversation with the online server as the settings of this database describe it:
// a fresh QNetworkAccessManager each time (a reused one would keep trusting a connection
// made under an older CA or pin), the token from TokenStore, and the pinning question
// when the certificate is not trusted.
class ServerSession
{
    Q_DECLARE_TR_FUNCTIONS(ServerSession)
public:
    ServerSession(Database& db, TokenStore& tokens, QWidget* dialogParent)
        : m_db(db), m_tokens(tokens), m_parent(dialogParent)
    {
    }

    // Runs `work`; when it fails with CertificateError and `mayAskToPin`, asks an
    // administrator to pin the certificate and, once confirmed, stores the pin and runs
    // `work` once more. False when pinning was declined (nothing stored). Other failures,
    // and the certificate when `mayAskToPin` is false, throw UserError / EnvironmentError.
    bool run(const std::function<void(ServerClient&)>& work, bool mayAskToPin = true);

    bool pinned() const { return m_pinned; }

    // The two halves of run() for work that runs elsewhere (the sync's thread):
    // the settings with the token (throws UserError when either is missing) ...
    ServerConfig config() const;
    // ... and, after `e`, asking an administrator to pin the certificate: true when it was
    // pinned (try again), false when declined. Throws `e` again when there is nothing to
    // pin or `mayAsk` is false (nobody may be at the screen).
    bool askToPin(const CertificateError& e, bool mayAsk);

private:
    Database& m_db;
    TokenStore& m_tokens;
    QWidget* m_parent;
    bool m_pinned = false;
};
