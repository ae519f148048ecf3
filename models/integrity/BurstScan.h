#pragma once

#include "IntegrityCase.h"
#include "ScannedAttempt.h"

#include <QCoreApplication>
#include <QList>

class CaseBuilder;
class Database;
struct Results;

// The `burst` kind of spec/integrity.md: `burstIdentities` people or more sent from one
// device (meta.client) within `burstMinutes`: one person under several names, or a script.
//
// Offices have their staff take the contest at the office's one computer, one after the
// other (it counts toward the office's reform index), so a burst alone is also what
// colleagues look like. A burst is set aside as colleagues only when every signal that
// tells them from one person under several names says so:
//   - all of them declared one unit of the contest that is an office, school or other
//     body with staff (not the public, "Nhân dân", nor a unit the contest does not know);
//   - each gave an ID number and a phone, and no two of them the same;
//   - no two of them answered alike: the same answer (blank included) to all but one in
//     ten of at least kAlikeMinShared questions both were drawn. Independent draws from a
//     bank share a few questions; one person sending one sheet under five names with five
//     predictions (to hit the closest one) shares all of them.
// Otherwise it stays a case, its evidence saying which of these failed.
class BurstScan
{
    Q_DECLARE_TR_FUNCTIONS(BurstScan)
public:
    static constexpr int kAlikeMinShared = 10;

    static void find(Database& db, const QList<ScannedAttempt>& attempts, const Results& results,
                     const CaseBuilder& builder, QList<IntegrityCase>& cases);
};
