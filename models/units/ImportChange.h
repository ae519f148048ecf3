#pragma once

#include "core/Problem.h"

#include <QFile>
#include <QFileInfo>
#include <QList>

// What importing one row would do to what is stored; shown in the preview before anything
// is written.
enum class ImportChange { Added, Updated, Unchanged };

// What a CSV import would do, worked out before anything is written. Any problem: nothing
// is imported.
template <typename Row> struct ImportPlan
{
    QString fileName;
    QList<Row> rows;
    Problems problems;
    bool ok() const { return problems.isEmpty(); }
    int count(ImportChange change) const
    {
        int n = 0;
        for (const Row& r : rows)
            n += r.change == change ? 1 : 0;
        return n;
    }
};

// Reads `path` and hands its bytes to `fromBytes`; a file that cannot be read becomes a
// plan with that one problem.
template <typename Plan, typename FromBytes> Plan planFromFile(const QString& path, FromBytes fromBytes)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly)) {
        Plan plan;
        plan.fileName = name;
        plan.problems << Problem{path, QCoreApplication::translate("ImportPlan", "cannot read the file: %1")
                                           .arg(file.errorString())};
        return plan;
    }
    return fromBytes(file.readAll(), name);
}
