#include "PasswordStrength.h"

#include "UserRepository.h"

#include <QSet>

PasswordStrength::Level PasswordStrength::assess(const QString& password)
{
    if (password.size() < UserRepository::kMinPasswordLength)
        return Level::TooShort;
    int kinds = 0;
    bool lower = false, upper = false, digit = false, other = false;
    QSet<QChar> distinct;
    for (const QChar c : password) {
        distinct.insert(c);
        lower |= c.isLower();
        upper |= c.isUpper();
        digit |= c.isDigit();
        other |= !c.isLetterOrNumber();
    }
    kinds = int(lower) + int(upper) + int(digit) + int(other);
    if (distinct.size() <= 3)
        return Level::Weak; // "aaaaaaaa", "12121212"
    const int score = password.size() + 3 * kinds;
    if (score >= 24)
        return Level::Strong;
    if (score >= 16)
        return Level::Fair;
    return Level::Weak;
}

QString PasswordStrength::describe(Level level)
{
    switch (level) {
    case Level::TooShort:
        return tr("Too short: at least %1 characters.").arg(UserRepository::kMinPasswordLength);
    case Level::Weak:
        return tr("Weak: make it longer or mix letters, digits and signs.");
    case Level::Fair:
        return tr("Fair.");
    case Level::Strong:
        return tr("Strong.");
    }
    return {};
}
