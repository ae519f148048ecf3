#include "PeerCertificate.h"

#include <QCryptographicHash>

#include <cctype>

namespace {
QString names(const QSslCertificate& cert, bool issuer)
{
    QStringList parts;
    const auto attrs = issuer ? cert.issuerInfoAttributes() : cert.subjectInfoAttributes();
    for (const QByteArray& a : attrs) {
        const QStringList values = issuer ? cert.issuerInfo(a) : cert.subjectInfo(a);
        parts << QString::fromLatin1(a) + QLatin1Char('=') + values.join(QLatin1Char('+'));
    }
    return parts.join(QStringLiteral(", "));
}
} // namespace

PeerCertificate PeerCertificate::from(const QSslCertificate& cert, const QList<QSslError>& errors)
{
    PeerCertificate p;
    p.subject = names(cert, false);
    p.issuer = names(cert, true);
    p.notBefore = cert.effectiveDate();
    p.notAfter = cert.expiryDate();
    p.sha256 = fingerprint(cert);
    for (const QSslError& e : errors)
        p.errors << e.errorString();
    return p;
}

QString PeerCertificate::fingerprint(const QSslCertificate& cert)
{
    return QString::fromLatin1(cert.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

QByteArray PeerCertificate::normalizeFingerprint(const QByteArray& text)
{
    QByteArray out;
    for (char c : text) {
        if (std::isxdigit(static_cast<unsigned char>(c)))
            out += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    }
    return out;
}

QString PeerCertificate::describe() const
{
    return QStringLiteral("subject: %1; issuer: %2; valid %3 to %4; SHA-256 %5")
        .arg(subject, issuer, notBefore.toString(Qt::ISODate), notAfter.toString(Qt::ISODate),
             sha256);
}
