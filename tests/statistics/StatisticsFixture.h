#pragma once

#include "storage/Database.h"

#include <QDateTime>
#include <QString>

// Writes submissions straight into the table, with only what statistics read, so that a
// test states its figures by hand instead of going through import and grading.
namespace StatisticsFixture {

struct Row
{
    QString id;
    QString contestant;
    QString idNumber; // what the ranking engine groups people by; "" = none
    QString unit = QStringLiteral("UBND-A");
    QString submittedAt; // RFC 3339 with Z
    bool valid = true;
    QString invalidCode;
    qint64 durationMs = 600000;
    qint64 prediction = 100;
    int correct = 0;
    QString answers;
};

inline void insert(Database& db, const Row& r)
{
    const qint64 ms = QDateTime::fromString(r.submittedAt, Qt::ISODate).toMSecsSinceEpoch();
    const QString startedAt =
        QDateTime::fromMSecsSinceEpoch(ms - r.durationMs, Qt::UTC).toString(Qt::ISODateWithMs);
    db.exec(
        QStringLiteral("INSERT INTO submissions (id, raw_json, raw_sha256, source, received_at, "
                       "valid, invalid_code, invalid_detail, contestant_key, name, birth_year, "
                       "id_number, phone, unit, started_at, submitted_at, started_at_ms, "
                       "submitted_at_ms, duration_ms, prediction, correct, answers) VALUES "
                       "(?, '{}', '', 'test', '', ?, ?, NULL, ?, 'Test', 1990, ?, '', ?, ?, ?, "
                       "?, ?, ?, ?, ?, ?)"),
        {r.id, r.valid ? 1 : 0, r.invalidCode.isEmpty() ? QVariant() : QVariant(r.invalidCode),
         r.contestant, r.idNumber, r.unit, startedAt, r.submittedAt, ms - r.durationMs, ms,
         r.durationMs, r.prediction, r.correct, r.answers});
}

} // namespace StatisticsFixture
