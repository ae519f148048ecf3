#pragma once

#include <QString>

// One place for the names both programs share, so the desktop app and contestctl find
// the same default database and settings.
namespace AppIdentity {
void apply(); // organisation and application names on QCoreApplication
// Without a login session (cron, ssh, CI) XDG_RUNTIME_DIR is unset and Qt warns about it
// on stderr before every command's own output; Qt then uses a private folder of its own,
// which is all we need. Drops that one warning, passes every other message on.
void quietMissingRuntimeDir();
QString defaultDatabasePath();
} // namespace AppIdentity
