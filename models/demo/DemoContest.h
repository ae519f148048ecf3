#pragma once

#include <memory>

class Database;
class SubmissionGenerator;

// The Sơn Hà 2024 contest as a newcomer first sees it: the plan's settings, the
// district's units, an exclusion list, an approved question bank written for the demo,
// and generated submissions over the window with one tie at a prize boundary.
namespace DemoContest {
// Into a migrated database; replaces its settings. `people` contestants (0: none),
// generated and stored in batches, so memory does not grow with `people`.
void populate(Database& db, int people = 2500);
// The generator populate() draws the submissions from (its seed, with the planted tie),
// over the contest, units and approved questions stored in `db`.
std::unique_ptr<SubmissionGenerator> submissionGenerator(Database& db);
} // namespace DemoContest
