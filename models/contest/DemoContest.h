#pragma once

class Database;

// The Sơn Hà 2024 contest as a newcomer first sees it: the plan's settings, the
// district's units and an exclusion list (more parts are added as the suite grows).
namespace DemoContest {
void populate(Database& db); // into a migrated database; replaces its settings
}
