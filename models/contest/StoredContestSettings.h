#pragma once

#include "ContestSettings.h"

#include <optional>

class Database;

// Reads the stored settings row, and nothing else: what the permission checks need (the
// closing time) without the repository, whose saving depends on those checks.
namespace StoredContestSettings {
std::optional<ContestSettings> read(Database& db);
int rowVersion(Database& db); // 0 when nothing is stored
} // namespace StoredContestSettings
