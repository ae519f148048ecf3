#include "ServerSettings.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSettings>

QString ServerSettings::group(const QString& databaseLocation)
{
    // A hash of the canonical path: QSettings keys cannot hold every path character.
    const QString canonical = QFileInfo(databaseLocation).absoluteFilePath();
    return QStringLiteral("onlineServer/") +
           QString::fromLatin1(
               QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256)
                   .toHex()
                   .left(24));
}

ServerSettings ServerSettings::load(const QString& databaseLocation)
{
    QSettings settings;
    settings.beginGroup(group(databaseLocation));
    ServerSettings s;
    s.url = settings.value(QStringLiteral("url")).toString();
    s.caFile = settings.value(QStringLiteral("caFile")).toString();
    s.pinnedSha256 = settings.value(QStringLiteral("pinnedSha256")).toByteArray();
    s.autoSyncMinutes = settings.value(QStringLiteral("autoSyncMinutes"), 0).toInt();
    return s;
}

void ServerSettings::save(const QString& databaseLocation) const
{
    QSettings settings;
    settings.beginGroup(group(databaseLocation));
    settings.setValue(QStringLiteral("url"), url);
    settings.setValue(QStringLiteral("caFile"), caFile);
    settings.setValue(QStringLiteral("pinnedSha256"), pinnedSha256);
    settings.setValue(QStringLiteral("autoSyncMinutes"), autoSyncMinutes);
}

QString ServerSettings::serverKey() const
{
    const ServerConfig c = config();
    return c.baseUrl.isValid() && !c.baseUrl.host().isEmpty() ? c.key() : QString();
}

ServerConfig ServerSettings::config() const
{
    ServerConfig c;
    c.baseUrl = QUrl(url.trimmed(), QUrl::StrictMode);
    c.caFile = caFile;
    c.pinnedSha256 = pinnedSha256;
    return c;
}
