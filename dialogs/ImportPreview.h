#pragma once

#include "core/Problem.h"
#include "units/ExclusionImporter.h"
#include "units/UnitImporter.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

// What an import would do, in the shape the preview dialog shows whatever is imported
// (units, exclusions, later questions): a row of values per file line and its effect.
struct ImportPreview
{
    Q_DECLARE_TR_FUNCTIONS(ImportPreview)
public:
    struct Row
    {
        int line = 0;
        QStringList values;
        ImportChange change = ImportChange::Added;
    };

    QString what; // "units", shown in the dialog's title and summary
    QString fileName;
    QStringList columns;
    QList<Row> rows;
    Problems problems;

    bool canImport() const
    {
        return problems.isEmpty() && count(ImportChange::Added) + count(ImportChange::Updated) > 0;
    }
    int count(ImportChange change) const;

    static QString changeLabel(ImportChange change);
    static ImportPreview fromPlan(const UnitImportPlan& plan);
    static ImportPreview fromPlan(const ExclusionImportPlan& plan);
};
