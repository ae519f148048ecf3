#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

class Database;

// The results as the committee locked them ("chốt kết quả"): what printing, publishing
// and verification read, and what the judges may no longer change.
struct ResultsSnapshot
{
    qint64 id = 0;
    QString lockedAt;
    QString lockedBy;
    QByteArray content; // canonical JSON (results --json, compact, sorted keys)
    QString sha256;     // of content
    QJsonObject json() const;
    bool contentIntact() const; // the stored hash still matches the stored content

    // The snapshot in force, if the results are locked now.
    static std::optional<ResultsSnapshot> current(Database& db);
    static QString sha256Of(const QByteArray& content);
};
