#pragma once

#include "ResultsSnapshot.h"
#include "results/Results.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

class Database;

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
