#include "ContentHash.h"

#ifdef CONTEST_SHA256_QT
#include <QCryptographicHash>
#else
#include <openssl/evp.h>
#endif

#include <memory>
#include <stdexcept>

#ifndef CONTEST_SHA256_QT
namespace {

// One fetched digest and context per thread: fetching "SHA256" for every call costs
// more than hashing a submission.
struct Digest
{
    Digest() : md(EVP_MD_fetch(nullptr, "SHA256", nullptr)), ctx(EVP_MD_CTX_new())
    {
        if (!md || !ctx)
            throw std::runtime_error("OpenSSL has no SHA-256");
    }
    ~Digest()
    {
        EVP_MD_CTX_free(ctx);
        EVP_MD_free(md);
    }
    EVP_MD* md;
    EVP_MD_CTX* ctx;
};

} // namespace
#endif

void ContentHash::sha256Hex(QByteArrayView data, char* hex)
{
#ifdef CONTEST_SHA256_QT
    // The Windows build (CONTEST_SHA256_OPENSSL=OFF): Qt's portable SHA-256.
    const QByteArray digest = QCryptographicHash::hash(data, QCryptographicHash::Sha256);
    const auto* sum = reinterpret_cast<const unsigned char*>(digest.constData());
#else
    thread_local Digest digest;
    unsigned char sum[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (!EVP_DigestInit_ex(digest.ctx, digest.md, nullptr) ||
        !EVP_DigestUpdate(digest.ctx, data.data(), size_t(data.size())) ||
        !EVP_DigestFinal_ex(digest.ctx, sum, &length) || length != 32)
        throw std::runtime_error("SHA-256 failed");
#endif
    static const char digits[] = "0123456789abcdef";
    for (unsigned int i = 0; i < 32; ++i) {
        hex[2 * i] = digits[sum[i] >> 4];
        hex[2 * i + 1] = digits[sum[i] & 0xF];
    }
}

QString ContentHash::sha256Hex(QByteArrayView data)
{
    char hex[64];
    sha256Hex(data, hex);
    return QString::fromLatin1(hex, 64);
}
