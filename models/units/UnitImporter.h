#pragma once

#include "ImportChange.h"
#include "Unit.h"
#include "core/Problem.h"

#include <QList>

class Database;

struct UnitImportRow
{
    int line = 0;
    Unit unit;
    ImportChange change = ImportChange::Added;
};

using UnitImportPlan = ImportPlan<UnitImportRow>;

// `units import FILE.csv`: columns code,name,kind,headcount,collective_eligible.
// All or nothing: one bad row and nothing is imported.
class UnitImporter
{
    Q_DECLARE_TR_FUNCTIONS(UnitImporter)
public:
    explicit UnitImporter(Database& db) : m_db(db) {}
    UnitImportPlan plan(const QString& path) const;
    UnitImportPlan planFromBytes(const QByteArray& data, const QString& fileName) const;
    void apply(const UnitImportPlan& plan); // throws UserError when !plan.ok()

private:
    Database& m_db;
};
