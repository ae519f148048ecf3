#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// A stored password: never the password itself, only what checks it.
struct PasswordHash
{
    QByteArray hash; // derived key
    QByteArray salt; // random, per account
    int iterations = 0;
    QString algorithm; // "pbkdf2-sha256"
};

// Salted PBKDF2-SHA256 (QPasswordDigestor). The iteration floor is enforced here, in both
// directions: a hash with fewer iterations is neither made nor accepted, so a weakened
// row written by hand into the database cannot be used to log in.
class PasswordHasher
{
    Q_DECLARE_TR_FUNCTIONS(PasswordHasher)
public:
    static constexpr int kMinIterations = 100000;
    static constexpr int kDefaultIterations = 120000;
    static constexpr int kSaltBytes = 16;
    static constexpr int kKeyBytes = 32;
    static QString algorithmName() { return QStringLiteral("pbkdf2-sha256"); }

    // Throws UserError when `iterations` is below the floor.
    static PasswordHash hash(const QString& password, int iterations = kDefaultIterations);
    // False for a wrong password and for any hash below the floor or of another algorithm.
    static bool verify(const QString& password, const PasswordHash& stored);
    // A well-formed hash of no password, with the default iterations: checking a password
    // against it costs what checking a real account's does, and never succeeds in practice.
    static const PasswordHash& dummyHash();
    // Compares every byte whatever the first difference, so timing tells nothing.
    static bool constantTimeEquals(const QByteArray& a, const QByteArray& b);

private:
    static QByteArray derive(const QString& password, const QByteArray& salt, int iterations);
};
