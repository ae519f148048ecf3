#include "ContentHash.h"

#include <openssl/evp.h>

#include <memory>
#include <stdexcept>

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

void ContentHash::sha256Hex(QByteArrayView data, char* hex)
{
    thread_local Digest digest;
    unsigned char sum[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (!EVP_DigestInit_ex(digest.ctx, digest.md, nullptr) ||
        !EVP_DigestUpdate(digest.ctx, data.data(), size_t(data.size())) ||
        !EVP_DigestFinal_ex(digest.ctx, sum, &length) || length != 32)
        throw std::runtime_error("SHA-256 failed");
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
