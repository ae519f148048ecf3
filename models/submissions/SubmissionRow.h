#pragma once

#include "SubmissionRecord.h"

#include <QByteArray>
#include <QString>

#include <optional>

// The one row of the submissions table a judged record becomes: its 22 columns, their
// order and how each field is written, for every writer (SubmissionStore through Qt,
// SqliteSubmissionWriter on SQLite's own API). A writer supplies a sink that binds each
// value its own way (a QVariant, or sqlite3_bind_* without one):
//   text(column, s)        "" for a null QString (these columns hold "" for a field not sent)
//   textOrNull(column, s)  SQL NULL when empty
//   ownedText(column, s)   a temporary the sink must keep until the row is written
//   utf8(column, bytes)    the raw JSON, as text
//   integer(column, n), integerOrNull(column, optional n)
// Columns are numbered from 1, as SQLite binds them.
struct SubmissionRow
{
    static constexpr const char* kColumns =
        "id, raw_json, raw_sha256, source, received_at, valid, invalid_code, invalid_detail, "
        "contestant_key, name, birth_year, id_number, phone, unit, started_at, submitted_at, "
        "started_at_ms, submitted_at_ms, duration_ms, prediction, correct, answers";
    static constexpr int kColumnCount = 22;
    // A conflicting version, kept aside once: (submission_id, raw_json, raw_sha256, source,
    // received_at).
    static constexpr const char* kInsertConflict =
        "INSERT INTO submission_conflicts (submission_id, raw_json, raw_sha256, source, "
        "received_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (submission_id, raw_sha256) DO NOTHING";

    template <typename Sink>
    static void write(Sink& sink, const SubmissionRecord& r, const QString& id, const QString& hash,
                      const QString& source, const QString& receivedAt)
    {
        sink.text(1, id);
        sink.utf8(2, r.rawJson);
        sink.text(3, hash);
        sink.text(4, source);
        sink.text(5, receivedAt);
        sink.integer(6, r.valid ? 1 : 0);
        sink.textOrNull(7, r.invalidCode);
        sink.textOrNull(8, r.invalidDetail);
        sink.text(9, r.contestantKey);
        sink.text(10, r.name);
        sink.integer(11, r.birthYear);
        sink.text(12, r.idNumberRaw);
        sink.text(13, r.phoneRaw);
        sink.text(14, r.unit);
        sink.text(15, r.startedAtText);
        sink.text(16, r.submittedAtText);
        sink.integerOrNull(17,
                           r.startedAt ? std::optional<qint64>(r.startedAt->utcMs) : std::nullopt);
        sink.integerOrNull(18, r.submittedAt ? std::optional<qint64>(r.submittedAt->utcMs)
                                             : std::nullopt);
        sink.integer(19, r.durationMs);
        sink.integerOrNull(20, r.prediction);
        sink.integer(21, r.correct);
        sink.ownedText(22, r.compactAnswers());
    }
};
