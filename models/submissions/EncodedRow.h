#pragma once

#include "SubmissionRecord.h"

#include <QByteArray>
#include <QString>

struct sqlite3_stmt;

// A judged record's submissions row (SubmissionRow) with its text already UTF-8, in one
// buffer. The threads that judge a sync's pages or an import's batches encode each row, so
// the storing thread, the one every submission waits for, only binds it: otherwise SQLite
// converts each UTF-16 text column again there, and the compact answers are built there.
//
// Made last, after judging and hashing (SubmissionRecord::encodedRow): a record changed
// after that must drop it, and SqliteSubmissionWriter then binds the record itself.
class EncodedRow
{
public:
    // SubmissionRow::write() of `r`, stored under `id` with content hash `hash`. raw_json
    // is bound from the record itself; source and received_at (columns 4 and 5) by the
    // writer, which has them once per batch.
    static QByteArray encode(const SubmissionRecord& r, const QString& id, const QString& hash);

    // Binds `r.encodedRow`'s columns, all but 4 and 5, as SQLITE_STATIC: `r` outlives the
    // statement's step.
    static void bind(sqlite3_stmt* statement, const SubmissionRecord& r);
};
