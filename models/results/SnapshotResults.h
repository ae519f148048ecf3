#pragma once

#include "results/Results.h"

#include <QJsonObject>

// The locked snapshot (the `results --json` document stored by ResultsLock) read back
// into a Results, so that the same models show exactly what was locked. The snapshot
// does not hold birth years or attempts: those stay empty. Settings and units come from
// the database, for prize labels, unit names and the time zone.
namespace SnapshotResults {
Results fromJson(const QJsonObject& json, const ContestSettings& settings,
                 const QList<Unit>& units);
}
