#pragma once

#include <QString>
#include <QUrl>

#include <optional>

// The passwords of shared databases, by URL without password: those given in this session,
// then those remembered in the TokenStore (keychain, or a 0600 file). Asking the user is
// the app's part (DatabasePasswordPrompt).
namespace DatabasePasswords {
// `fallbackDir` of the TokenStore; empty: <AppConfigLocation>/database-passwords.
void setStoreDirectory(const QString& dir);
QString storeDescription();
void rememberForSession(const QString& url, const QString& password);
// Throws EnvironmentError when the keychain refuses.
void store(const QString& url, const QString& password);
void forget(const QString& url);
std::optional<QString> stored(const QString& url);
// Given in this session or remembered; nothing when the keychain refuses.
std::optional<QString> known(const QUrl& location);
} // namespace DatabasePasswords
