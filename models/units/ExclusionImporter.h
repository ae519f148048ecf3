#pragma once

#include "Exclusion.h"
#include "ImportChange.h"
#include "core/Problem.h"

#include <QList>

class Database;

struct ExclusionImportRow
{
    int line = 0;
    Exclusion exclusion;
    ImportChange change = ImportChange::Added;
};

using ExclusionImportPlan = ImportPlan<ExclusionImportRow>;

// `exclusions import FILE.csv`: columns type,value,reason. ID numbers and phones are
// normalised as rules.md says, so "+84 905 123 456" lists the person 0905123456.
class ExclusionImporter
{
    Q_DECLARE_TR_FUNCTIONS(ExclusionImporter)
public:
    explicit ExclusionImporter(Database& db) : m_db(db) {}
    ExclusionImportPlan plan(const QString& path) const;
    ExclusionImportPlan planFromBytes(const QByteArray& data, const QString& fileName) const;
    void apply(const ExclusionImportPlan& plan); // throws UserError when !plan.ok()

private:
    Database& m_db;
};
