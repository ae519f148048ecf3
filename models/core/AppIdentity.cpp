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

namespace {
QtMessageHandler previousHandler = nullptr;

void dropRuntimeDirWarning(QtMsgType type, const QMessageLogContext& context, const QString& text)
{
    if (type == QtWarningMsg && text.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR")))
        return;
    if (previousHandler)
        previousHandler(type, context, text);
}
} // namespace

void quietMissingRuntimeDir()
{
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR") && !previousHandler)
        previousHandler = qInstallMessageHandler(dropRuntimeDirWarning);
}

QString defaultDatabasePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                        QStringLiteral("/contest-admin");
    QDir().mkpath(dir);
    return dir + QStringLiteral("/contest-admin.sqlite");
}

} // namespace AppIdentity
