#include "DatabasePasswords.h"

#include "core/Problem.h"
#include "sync/TokenStore.h"

#include <QHash>
#include <QStandardPaths>

#include <memory>

namespace DatabasePasswords {
namespace {
QString s_dir;
QHash<QString, QString>& session()
{
    static QHash<QString, QString> passwords;
    return passwords;
}
TokenStore& tokenStore()
{
    // One store per directory, so the keychain is probed once.
    static std::unique_ptr<TokenStore> store;
    static QString storeDir;
    const QString dir = s_dir.isEmpty()
                            ? QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
                                  QStringLiteral("/database-passwords")
                            : s_dir;
    if (!store || storeDir != dir) {
        store = std::make_unique<TokenStore>(dir);
        storeDir = dir;
    }
    return *store;
}
// One key per database whatever way its URL was written, never with the password.
QString key(const QString& url)
{
    QUrl u(url);
    u.setPassword(QString());
    return u.toString(QUrl::FullyEncoded);
}
} // namespace

void setStoreDirectory(const QString& dir)
{
    s_dir = dir;
}

QString storeDescription()
{
    return tokenStore().backendDescription();
}

void rememberForSession(const QString& url, const QString& password)
{
    session().insert(key(url), password);
}

void store(const QString& url, const QString& password)
{
    tokenStore().write(key(url), password.toUtf8());
}

void forget(const QString& url)
{
    tokenStore().remove(key(url));
}

std::optional<QString> stored(const QString& url)
{
    const std::optional<QByteArray> bytes = tokenStore().read(key(url));
    if (!bytes)
        return std::nullopt;
    return QString::fromUtf8(*bytes);
}

std::optional<QString> known(const QUrl& location)
{
    const QString k = key(location.toString(QUrl::FullyEncoded));
    if (session().contains(k))
        return session().value(k);
    try {
        if (const std::optional<QString> password = stored(k))
            return *password;
    } catch (const EnvironmentError&) {
        // The keychain refused: asking is the way left.
    }
    return std::nullopt;
}

} // namespace DatabasePasswords
