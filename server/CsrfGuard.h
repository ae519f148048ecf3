#pragma once

#include <QByteArray>

// CSRF protection of the site's form posts: the browser holds a random nonce in a
// SameSite=Strict cookie; each form carries HMAC(secret, nonce). Another site can make
// the browser post, but can neither read the cookie nor compute the token.
class CsrfGuard
{
public:
    explicit CsrfGuard(const QByteArray& secret) : m_secret(secret) {}

    static QByteArray newNonce();
    QByteArray token(const QByteArray& nonce) const;
    bool valid(const QByteArray& nonce, const QByteArray& token) const; // constant time

private:
    QByteArray m_secret;
};
