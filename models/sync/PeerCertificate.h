#pragma once

#include <QDateTime>
#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QString>
#include <QStringList>

// What a confirmation dialog shows about a certificate the client does not trust:
// enough for an administrator to compare it with what the contractor sent them.
struct PeerCertificate
{
    QString subject;
    QString issuer;
    QDateTime notBefore;
    QDateTime notAfter;
    QString sha256;     // "AB:CD:..." upper-case hex with colons
    QStringList errors; // why verification failed, as Qt words it

    bool isNull() const { return sha256.isEmpty(); }
    QString describe() const; // one paragraph for messages

    static PeerCertificate from(const QSslCertificate& cert, const QList<QSslError>& errors);
    static QString fingerprint(const QSslCertificate& cert);
    // "ab:cd..." / "ABCD..." -> "ABCD..." (for comparing a pin)
    static QByteArray normalizeFingerprint(const QByteArray& text);
};
