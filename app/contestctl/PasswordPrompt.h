#pragma once

#include <QString>

// Passwords for contestctl: from an environment variable (scheduled jobs, tests) or asked
// on the terminal without echo; never from the command line, where `ps` would show them.
namespace PasswordPrompt {
// The value of `envName` when set; otherwise asks on the terminal (twice when `confirm`).
// Throws UserError when neither is possible or the two entries differ.
QString obtain(const char* envName, const QString& prompt, bool confirm);
} // namespace PasswordPrompt
