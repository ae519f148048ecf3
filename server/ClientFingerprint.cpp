#include "ClientFingerprint.h"

#include <QMessageAuthenticationCode>

QString ClientFingerprint::of(const QString& contest, const QHostAddress& address,
                              const QByteArray& userAgent) const
{
    // Separators keep ("a", "bc") and ("ab", "c") apart.
    const QByteArray message =
        contest.toUtf8() + '\n' + address.toString().toUtf8() + '\n' + userAgent;
    return QString::fromLatin1(
        QMessageAuthenticationCode::hash(message, m_key, QCryptographicHash::Sha256).toHex());
}
