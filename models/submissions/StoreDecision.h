#pragma once

#include "StoreSummary.h"
#include "SubmissionRecord.h"

#include <QHash>
#include <QString>

// What storing one submission does, for every writer (SubmissionStore, the sync's
// SqliteSubmissionWriter): a new id is stored; the same id with the same content is a
// duplicate (nothing to do); the same id with other content is a conflict, kept aside for
// the committee and never applied. An id twice in one batch is decided against its first
// occurrence, as if stored one by one. Counts what it decided into a StoreSummary.
class StoreDecision
{
public:
    enum class Outcome
    {
        New,
        Duplicate,
        Conflict
    };

    // The id a record is stored under (a synthetic one when the item has none) and the
    // hash of its content.
    static QString idOf(const SubmissionRecord& r);
    static QString hashOf(const SubmissionRecord& r);

    // The content hash this batch stored under `id`, null when none.
    const QString* storedByThisBatch(const QString& id) const;
    // `storedHash`: the id's stored content hash (the table's or this batch's), null when
    // the id is not stored. A new id is remembered as stored by this batch.
    Outcome decide(const QString& id, const QString& hash, const QString* storedHash, bool valid);
    // A conflicting version was written aside; false when that version was kept already
    // (then it is a duplicate of it).
    void conflictKept(bool newVersion);

    StoreSummary summary() const { return m_summary; }

private:
    QHash<QString, QString> m_batch;
    StoreSummary m_summary;
};
