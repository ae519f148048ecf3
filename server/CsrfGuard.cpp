#include "CsrfGuard.h"

#include "accounts/PasswordHasher.h"

#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

QByteArray CsrfGuard::newNonce()
{
    QByteArray raw(24, Qt::Uninitialized);
    for (char& c : raw)
        c = char(QRandomGenerator::system()->bounded(256));
    return raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray CsrfGuard::token(const QByteArray& nonce) const
{
    QByteArray message("csrf\n");
    message.append(nonce);
    return QMessageAuthenticationCode::hash(message, m_secret, QCryptographicHash::Sha256).toHex();
}

bool CsrfGuard::valid(const QByteArray& nonce, const QByteArray& given) const
{
    if (nonce.size() < 16)
        return false;
    return PasswordHasher::constantTimeEquals(token(nonce), given);
}
