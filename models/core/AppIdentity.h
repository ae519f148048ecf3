#pragma once

#include <QString>

// One place for the names both programs share, so the desktop app and contestctl find
// the same default database and settings.
namespace AppIdentity {
void apply(); // organisation and application names on QCoreApplication
QString defaultDatabasePath();
} // namespace AppIdentity
