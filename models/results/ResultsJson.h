#pragma once

#include "Results.h"

#include <QJsonArray>
#include <QJsonObject>

// The `results --json` document of contestctl.md, its shape extended by `birth_year` and,
// on the rows the judges ordered, `judges_decision`.
namespace ResultsJson {

QJsonObject toJson(const Results& results);
QJsonObject individualRow(const Results& results, const IndividualResult& row);
QJsonObject collectiveRow(const Results& results, const CollectiveResult& row);
// A decision the ranking applied, as `judges_decision` of the rows it ordered.
QJsonObject decision(const TieDecision& d);
QJsonObject unresolvedTie(const UnresolvedTie& tie);
// Not part of the contract's shape: for callers that show stale decisions for review.
QJsonArray staleDecisions(const Results& results);

} // namespace ResultsJson
