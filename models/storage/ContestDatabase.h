#pragma once

#include "Database.h"

#include <memory>

// Opening the contest database the way both programs do it.
namespace ContestDatabase {
// Opens and creates or upgrades the schema (contestctl init, the desktop app).
std::unique_ptr<Database> openAndMigrate(const QString& location);
// Opens a database that must already be at this build's schema version; otherwise a
// UserError that says to run `contestctl init`.
std::unique_ptr<Database> openExisting(const QString& location);
} // namespace ContestDatabase
