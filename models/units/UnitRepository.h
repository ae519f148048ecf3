#pragma once

#include "Unit.h"

#include <QJsonObject>
#include <QList>

class Database;

class UnitRepository
{
public:
    explicit UnitRepository(Database& db) : m_db(db) {}
    QList<Unit> list() const; // by code
    std::optional<Unit> find(const QString& code) const;
    QStringList codes() const;
    int count() const;
    // Adds or updates each unit by code, all in one transaction.
    void upsert(const QList<Unit>& units);
    static QJsonObject toJson(const Unit& unit);

private:
    Database& m_db;
};
