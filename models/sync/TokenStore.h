#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

// Where the server tokens are kept: the system keychain (QtKeychain) when one answers,
// otherwise a file per server readable only by the user (0600) in the configuration
// folder. backend() says which, so the UI can tell the user. Tokens are never logged.
class TokenStore
{
    Q_DECLARE_TR_FUNCTIONS(TokenStore)
public:
    enum class Backend
    {
        Keychain,
        File
    };

    // `fallbackDir` empty: <AppConfigLocation>/tokens.
    explicit TokenStore(QString fallbackDir = QString());

    Backend backend(); // probes the keychain once
    QString backendDescription();
    QString keychainError() const { return m_keychainError; } // why the file is used

    std::optional<QByteArray> read(const QString& serverUrl);
    void write(const QString& serverUrl, const QByteArray& token);
    void remove(const QString& serverUrl);

    QString fallbackPath(const QString& serverUrl) const;

    // `--token-file F`: the token is the file's content, surrounding blanks removed.
    static QByteArray readTokenFile(const QString& path);

private:
    static QString serviceName();
    QString m_dir;
    std::optional<Backend> m_backend;
    QString m_keychainError;
};
