#pragma once

#include "Results.h"

#include <QJsonArray>
#include <QJsonObject>

// The `results --json` document of contestctl.md, exactly its shape.
namespace ResultsJson {

QJsonObject toJson(const Results& results);
QJsonObject individualRow(const Results& results, const IndividualResult& row);
QJsonObject collectiveRow(const CollectiveResult& row);
QJsonObject unresolvedTie(const UnresolvedTie& tie);
// Not part of the contract's shape: for callers that show stale decisions for review.
QJsonArray staleDecisions(const Results& results);

} // namespace ResultsJson
