#pragma once

class Database;

// The Sơn Hà 2024 contest as a newcomer first sees it: the plan's settings, the
// district's units, an exclusion list, an approved question bank written for the demo,
// and generated submissions over the window with one tie at a prize boundary.
namespace DemoContest {
// Into a migrated database; replaces its settings. `people` contestants (0: none).
void populate(Database& db, int people = 2500);
}
