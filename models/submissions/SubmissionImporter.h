#pragma once

#include "SubmissionStore.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

class Database;
class QIODevice;

// `contestctl submissions import FILE`: the contractor's export file (.jsonl: one
// SUBMISSION a line; .json: an array of them, or a page object with "items") through the
// same validation, deduplication and grading as a sync. A file that is not JSON where it
// should be stops the import with its line (or item) and stores nothing of it.
//
// The file is streamed: read a few MiB at a time and judged on a thread of its own while
// the caller's thread stores the batches before, all in one transaction (on SQLite through
// SqliteSubmissionWriter, as a sync does). Memory does not grow with the file: a million
// submissions (1.1 GB) are imported in the same memory as a thousand.
class SubmissionImporter
{
    Q_DECLARE_TR_FUNCTIONS(SubmissionImporter)
public:
    explicit SubmissionImporter(Database& db) : m_db(db) {}
    StoreSummary importFile(const QString& path);
    StoreSummary importBytes(const QByteArray& data, const QString& fileName);
    // The same from an open device, read to its end; `fileName` says the form (.jsonl or
    // not) and names the file in messages.
    StoreSummary importDevice(QIODevice& device, const QString& fileName);
    // Items already read (a generator's, a page's): judged and stored in one transaction.
    StoreSummary importItems(const QList<QJsonObject>& items, const QString& source);

    // Submissions judged and stored together; at most a few batches wait between threads.
    static constexpr qsizetype batchSize = 2000;
    // Bytes read from the file at a time (a test makes it small to cross every boundary).
    void setReadChunk(qsizetype bytes) { m_readChunk = bytes; }
    // An import of at least this many items (estimated from a file's size) that outnumber
    // the stored submissions is a bulk load: rollback journal and indexes built at the end
    // (BulkLoadJournal, DeferredIndexes). A test makes it 1 so that small files take it.
    void setBulkLoadFrom(qint64 items) { m_bulkLoadFrom = items; }

private:
    Database& m_db;
    qsizetype m_readChunk = 4 << 20;
    qint64 m_bulkLoadFrom = 10000;
};
