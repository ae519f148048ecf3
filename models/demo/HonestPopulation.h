#pragma once

class Database;

// A generated population of honest contestants, for measuring the integrity cases' false
// alarms (spec/integrity.md): the demo contest's people and answers (DemoContest), with
// what honest people really do that a careless check would take for cheating:
//   - families of two share a phone and their home device (about one person in three);
//   - every submission carries the contest site's meta.client (a keyed hash of browser and
//     connection): people behind one office's NAT have their own browsers, so their own
//     client; one in twenty of an office's registered staff (a unit of the contest that is
//     not the public, "Nhân dân") take it at the office's shared computer, half of them in
//     turns one after the other (four or five colleagues in ten minutes);
//   - nobody answers 30 questions in less than 90 s (the demo generator's own floor).
// None of the planted cases of the demo. Deterministic for a seed.
namespace HonestPopulation {
// Into a migrated database: the demo's settings, units and bank, and `people` contestants.
void populate(Database& db, int people, unsigned seed = 20240607);
} // namespace HonestPopulation
