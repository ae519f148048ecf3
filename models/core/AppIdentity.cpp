#include "AppIdentity.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace AppIdentity {

void apply()
{
    QCoreApplication::setOrganizationName(QStringLiteral("ContestAdmin"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("contest-admin.local"));
    QCoreApplication::setApplicationName(QStringLiteral("contest-admin"));
}

QString defaultDatabasePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                        QStringLiteral("/contest-admin");
    QDir().mkpath(dir);
    return dir + QStringLiteral("/contest-admin.sqlite");
}

} // namespace AppIdentity
