#pragma once

#include "ContestSettings.h"

#include <optional>

class Database;

// The contest's settings as stored: one row, its JSON and a row version so that a
// later save over someone else's change can be refused rather than overwrite it.
class ContestRepository
{
public:
    explicit ContestRepository(Database& db) : m_db(db) {}

    std::optional<ContestSettings> load() const;
    ContestSettings loadOrDefaults() const;
    int rowVersion() const; // 0 when nothing is stored

    // Problems that need the database (a blueprint topic that does not exist).
    Problems checkAgainstDatabase(const ContestSettings& settings) const;

    // Validates, then stores. Throws UserError (nothing stored) on any problem, or when
    // `expectedRowVersion` (>= 0) is not the stored one (someone else saved meanwhile).
    void save(const ContestSettings& settings, int expectedRowVersion = -1);

    // `contestctl contest set FILE`: the file's keys over the stored settings (or the
    // defaults), validated, stored. Returns what was stored.
    ContestSettings setFromFile(const QString& path);

private:
    Database& m_db;
};
