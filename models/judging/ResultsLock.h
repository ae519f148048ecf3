#pragma once

#include "results/Results.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

class Database;

struct ResultsSnapshot
{
    qint64 id = 0;
    QString lockedAt;
    QString lockedBy;
    QByteArray content; // canonical JSON (results --json, compact, sorted keys)
    QString sha256;     // of content
    QJsonObject json() const;
    bool contentIntact() const; // the stored hash still matches the stored content
};

// "Chốt kết quả": the committee freezes the results; printing and publishing use the
// frozen snapshot, which later syncs cannot change. Unlocking needs a reason. Both are
// recorded in the audit log.
class ResultsLock
{
    Q_DECLARE_TR_FUNCTIONS(ResultsLock)
public:
    explicit ResultsLock(Database& db) : m_db(db) {}

    std::optional<ResultsSnapshot> current() const;
    // Refused while results are locked, or while ties are unresolved or decisions stale
    // (prizes would not be final).
    ResultsSnapshot lock(const Results& results);
    void unlock(const QString& reason);

    static QByteArray canonical(const Results& results);
    static QString sha256(const QByteArray& content);

private:
    Database& m_db;
};
