#include "SubmissionDetail.h"

#include "storage/Database.h"

#include <QSqlQuery>
#include <QSqlRecord>

std::optional<SubmissionDetail> SubmissionDetail::load(Database& db, qint64 rowSequence)
{
    QSqlQuery q =
        db.exec(QStringLiteral(
                    "SELECT id, raw_json, valid, invalid_code, invalid_detail, name, birth_year, "
                    "id_number, phone, unit, started_at, submitted_at, submitted_at_ms, "
                    "duration_ms, prediction, correct, answers, source, received_at, "
                    "EXISTS (SELECT 1 FROM submission_conflicts c WHERE c.submission_id = "
                    "submissions.id) AS has_conflicts FROM submissions WHERE {{ROW_SEQ}} = ?"),
                {rowSequence});
    if (!q.next())
        return std::nullopt;
    // By name, so that a column added to the SELECT cannot shift the others.
    const QSqlRecord r = q.record();
    const auto v = [&](const char* column) { return r.value(QLatin1String(column)); };
    SubmissionDetail d;
    d.id = v("id").toString();
    d.rawJson = v("raw_json").toString().toUtf8();
    d.valid = v("valid").toInt() != 0;
    d.invalidCode = v("invalid_code").toString();
    d.invalidDetail = v("invalid_detail").toString();
    d.name = v("name").toString();
    d.birthYear = v("birth_year").toInt();
    d.idNumber = v("id_number").toString();
    d.phone = v("phone").toString();
    d.unit = v("unit").toString();
    d.startedAt = v("started_at").toString();
    d.submittedAt = v("submitted_at").toString();
    if (!v("submitted_at_ms").isNull())
        d.submittedAtMs = v("submitted_at_ms").toLongLong();
    d.durationMs = v("duration_ms").toLongLong();
    if (!v("prediction").isNull())
        d.prediction = v("prediction").toLongLong();
    d.correct = v("correct").toInt();
    d.answers = v("answers").toString();
    d.source = v("source").toString();
    d.receivedAt = v("received_at").toString();
    // PostgreSQL answers a boolean, SQLite an integer.
    d.hasConflicts = v("has_conflicts").toBool();
    return d;
}

QList<SubmissionDetail::Conflict> SubmissionDetail::conflicts(Database& db, const QString& id)
{
    QSqlQuery q =
        db.exec(QStringLiteral("SELECT raw_json, source, received_at FROM "
                               "submission_conflicts WHERE submission_id = ? ORDER BY id"),
                {id});
    QList<Conflict> versions;
    while (q.next())
        versions.append(
            {q.value(0).toString().toUtf8(), q.value(1).toString(), q.value(2).toString()});
    return versions;
}
