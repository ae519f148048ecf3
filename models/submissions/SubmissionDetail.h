#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

class Database;

// One stored submission as the Submissions area and `contestctl` show it, with the
// versions that arrived later under its id and were not applied.
struct SubmissionDetail
{
    QString id;
    QByteArray rawJson;
    bool valid = false;
    QString invalidCode, invalidDetail;
    QString name;
    int birthYear = 0;
    QString idNumber, phone, unit;
    QString startedAt, submittedAt;      // as sent
    std::optional<qint64> submittedAtMs; // when `submittedAt` could be read
    qint64 durationMs = 0;
    std::optional<qint64> prediction;
    int correct = 0;
    QString answers; // "Q0001=B;Q0107=": an empty option for unanswered
    QString source, receivedAt;
    bool hasConflicts = false;

    struct Conflict
    {
        QByteArray rawJson;
        QString source, receivedAt;
    };

    // `rowSequence`: the submissions table's row number, as the lazy list gives it.
    static std::optional<SubmissionDetail> load(Database& db, qint64 rowSequence);
    // The versions received under `id` that differ from the stored one, oldest first.
    static QList<Conflict> conflicts(Database& db, const QString& id);
};
