#pragma once

#include "Exclusion.h"

#include <QJsonArray>
#include <QList>

class Database;

class ExclusionRepository
{
public:
    explicit ExclusionRepository(Database& db) : m_db(db) {}
    QList<Exclusion> list() const; // by type, then value
    int count() const;
    // Adds each entry, or updates the reason of an entry with the same type and value.
    void upsert(const QList<Exclusion>& exclusions);
    // Removes one entry, recorded in the audit log.
    void remove(const QString& type, const QString& value);
    static QJsonArray toJson(const QList<Exclusion>& list);

private:
    Database& m_db;
};
