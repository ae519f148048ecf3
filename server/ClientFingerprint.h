#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QString>

// meta.client of a site SUBMISSION: HMAC-SHA256, with a secret kept in the server's data
// file, of the contest, the client's address and its user agent. The same client gives
// the same value within one contest (the judges' integrity report groups by it), while
// the address itself never leaves the server and cannot be read back from the value.
class ClientFingerprint
{
public:
    explicit ClientFingerprint(const QByteArray& key) : m_key(key) {}
    QString of(const QString& contest, const QHostAddress& address,
               const QByteArray& userAgent) const;

private:
    QByteArray m_key;
};
