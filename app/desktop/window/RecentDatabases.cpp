#include "RecentDatabases.h"

#include <QFileInfo>
#include <QSettings>

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
    const QString absolute = QFileInfo(path).absoluteFilePath();
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
