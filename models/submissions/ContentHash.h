#pragma once

#include <QByteArrayView>
#include <QString>

// SHA-256 of a submission's raw JSON as lower-case hex, the raw_sha256 column. OpenSSL's
// digest (SHA extensions where the CPU has them) is several times faster than
// QCryptographicHash's portable one, which matters at a million submissions (the Windows
// build, CONTEST_SHA256_OPENSSL=OFF, uses QCryptographicHash).
namespace ContentHash {
QString sha256Hex(QByteArrayView data);
// The same into `hex` (64 characters, no terminator), without allocating.
void sha256Hex(QByteArrayView data, char* hex);
} // namespace ContentHash
