#pragma once

#include "SubmissionStore.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

class Database;

// `contestctl submissions import FILE`: the contractor's export file (.jsonl: one
// SUBMISSION a line; .json: an array of them, or a page object with "items") through the
// same validation, deduplication and grading as a sync. A file that is not JSON where it
// should be stops the import with its line (or item) and stores nothing of it.
class SubmissionImporter
{
    Q_DECLARE_TR_FUNCTIONS(SubmissionImporter)
public:
    explicit SubmissionImporter(Database& db) : m_db(db) {}
    StoreSummary importFile(const QString& path);
    StoreSummary importBytes(const QByteArray& data, const QString& fileName);
    // Items already read (a generator's, a page's): judged and stored in one transaction.
    StoreSummary importItems(const QList<QJsonObject>& items, const QString& source);

private:
    Database& m_db;
};
