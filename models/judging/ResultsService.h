#pragma once

#include "results/Results.h"

class Database;

// Results from what is stored: submissions judged against the current settings and
// answer key (re-judged first if either changed), units, exclusions and the judges'
// active decisions, through the ranking engine.
class ResultsService
{
public:
    explicit ResultsService(Database& db) : m_db(db) {}
    Results computeLive();
    // The exclusion list and the judges' exclusions (integrity cases): what the ranking
    // is given, wherever it is computed.
    static QList<Exclusion> exclusions(Database& db);

private:
    Database& m_db;
};
