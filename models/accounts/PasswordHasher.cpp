#include "PasswordHasher.h"

#include "core/Problem.h"

#include <QPasswordDigestor>
#include <QRandomGenerator>

QByteArray PasswordHasher::derive(const QString& password, const QByteArray& salt, int iterations)
{
    // NFC so that the same password typed with combining marks (another keyboard layout)
    // still matches.
    const QByteArray utf8 = password.normalized(QString::NormalizationForm_C).toUtf8();
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, utf8, salt, iterations,
                                              kKeyBytes);
}

PasswordHash PasswordHasher::hash(const QString& password, int iterations)
{
    if (iterations < kMinIterations) {
        throw UserError(tr("a password hash needs at least %1 iterations (asked for %2)")
                            .arg(kMinIterations)
                            .arg(iterations));
    }
    PasswordHash h;
    h.salt.resize(kSaltBytes);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(h.salt.data()),
                                          kSaltBytes / 4);
    h.iterations = iterations;
    h.algorithm = algorithmName();
    h.hash = derive(password, h.salt, iterations);
    return h;
}

bool PasswordHasher::verify(const QString& password, const PasswordHash& stored)
{
    if (stored.algorithm != algorithmName() || stored.iterations < kMinIterations ||
        stored.salt.size() < kSaltBytes || stored.hash.size() != kKeyBytes)
        return false;
    return constantTimeEquals(derive(password, stored.salt, stored.iterations), stored.hash);
}

const PasswordHash& PasswordHasher::dummyHash()
{
    // Fixed bytes rather than hash(): making it would cost a second derivation on the first
    // unknown name, which is exactly the difference it is there to hide.
    static const PasswordHash dummy = [] {
        PasswordHash h;
        h.salt = QByteArray(kSaltBytes, '\x5a');
        h.hash = QByteArray(kKeyBytes, '\0');
        h.iterations = kDefaultIterations;
        h.algorithm = algorithmName();
        return h;
    }();
    return dummy;
}

bool PasswordHasher::constantTimeEquals(const QByteArray& a, const QByteArray& b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}
