#include "RecentDatabases.h"

#include "storage/PostgresLocation.h"

#include <QFileInfo>
#include <QSettings>
#include <QUrl>

namespace {
const char recentKey[] = "recentDatabases";
}

namespace RecentDatabases {

QStringList list()
{
    return QSettings().value(QLatin1String(recentKey)).toStringList();
}

void add(const QString& path)
{
    // A shared database is kept by its URL, never with its password (the keychain has it).
    QString absolute;
    if (PostgresLocation::isUrl(path)) {
        QUrl url(path);
        url.setPassword(QString());
        absolute = url.toString(QUrl::FullyEncoded);
    } else {
        absolute = QFileInfo(path).absoluteFilePath();
    }
    QStringList paths = list();
    paths.removeAll(absolute);
    paths.prepend(absolute);
    while (paths.size() > maximum)
        paths.removeLast();
    QSettings().setValue(QLatin1String(recentKey), paths);
}

void clear()
{
    QSettings().remove(QLatin1String(recentKey));
}

} // namespace RecentDatabases
