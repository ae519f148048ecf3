#pragma once

class Database;

// A generated population of honest contestants, for measuring the integrity cases' false
// alarms (spec/integrity.md): the demo contest's people and answers (DemoContest), with
// what honest people really do that a careless check would take for cheating:
//   - families of two share a phone and a device (about one person in three);
//   - every submission carries the contest site's meta.client (a keyed hash of browser and
//     connection): people behind one office's NAT have their own browsers, so their own
//     client; two people in a hundred send from their office's shared computer, at their
//     own times over the contest's weeks;
//   - nobody answers 30 questions in less than 90 s: reading them takes longer (the
//     demo's durations, which go down to 45 s, are raised to at least 90-210 s).
// None of the planted cases of the demo. Deterministic for a seed.
namespace HonestPopulation {
// Into a migrated database: the demo's settings, units and bank, and `people` contestants.
void populate(Database& db, int people, unsigned seed = 20240607);
} // namespace HonestPopulation
