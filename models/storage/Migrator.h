#pragma once

class Database;

// Brings a database's schema to the version this build knows, one step per version,
// each step in its own transaction with the new version written at its end: a failed
// step leaves the database at the previous version, never half-upgraded.
class Migrator
{
public:
    explicit Migrator(Database& db);

    static int latestVersion();
    int currentVersion() const; // 0 for an empty database

    // Upgrades to `target` (default: latest). Throws EnvironmentError if the database is
    // newer than this build or a step fails.
    void migrate(int target = -1);

private:
    Database& m_db;
};
