#pragma once

#include <QCoreApplication>
#include <QString>

// A hint while a password is typed; the only hard rule is the minimum length
// (UserRepository::kMinPasswordLength). Long passphrases score well on length alone.
class PasswordStrength
{
    Q_DECLARE_TR_FUNCTIONS(PasswordStrength)
public:
    enum class Level
    {
        TooShort,
        Weak,
        Fair,
        Strong
    };
    static Level assess(const QString& password);
    static QString describe(Level level); // translated, one short sentence
};
