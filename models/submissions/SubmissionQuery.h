#pragma once

#include <QList>
#include <QString>
#include <QVariantList>
#include <QVector>

#include <optional>

class Database;

// One line of the submissions table, as the list shows it (the raw JSON and the answers
// are read only for the selected submission).
struct SubmissionRow
{
    qint64 rowid = 0;
    QString id;
    QString name;
    int birthYear = 0;
    QString idNumber;
    QString phone;
    QString unit;
    QString submittedAtText;             // as sent: shown when it could not be read
    std::optional<qint64> submittedAtMs; // none when the time was missing or wrong
    qint64 durationMs = 0;
    std::optional<qint64> prediction;
    int correct = 0;
    bool valid = false;
    QString invalidCode;
    bool conflict = false; // another version of this id was received
};

struct SubmissionFilter
{
    enum class Status
    {
        All,
        Valid,
        Invalid,
        Conflicts
    };
    Status status = Status::All;
    QString reason; // with Invalid: one reason code; empty for any
};

struct SubmissionCounts
{
    int total = 0;
    int valid = 0;
    int invalid = 0;
    int conflicts = 0; // submissions with at least one other version
};

// The SQL behind the submissions list. Only the order by submission time has an index
// (submissions_submitted), so only that order is read window by window; any other order
// or a selective filter is read once as a list of rowids (8 bytes a submission).
class SubmissionQuery
{
public:
    enum class Order
    {
        SubmittedAt,
        Name,
        BirthYear,
        IdNumber,
        Phone,
        Unit,
        Correct,
        Duration,
        Prediction,
        Status
    };

    explicit SubmissionQuery(Database& db) : m_db(db) {}

    int count(const SubmissionFilter& filter) const;
    SubmissionCounts counts() const;
    // `limit` rows from `offset` in the given order (the indexed order is cheap).
    QList<SubmissionRow> window(const SubmissionFilter& filter, Order order, bool descending,
                                int offset, int limit) const;
    // The rows of `rowids`, in that order (missing ones are left out).
    QList<SubmissionRow> rows(const QVector<qint64>& rowids) const;
    // Every matching rowid in the given order; with `within`, only those among them.
    QVector<qint64> orderedRowids(const SubmissionFilter& filter, Order order, bool descending,
                                  const std::optional<QVector<qint64>>& within = {}) const;

    // Whether `filter` in `order` can be read window by window without a full scan each.
    static bool isCheapWindow(const SubmissionFilter& filter, Order order);

private:
    static QString whereClause(const SubmissionFilter& filter, QVariantList& binds);
    static QString orderClause(Order order, bool descending);

    Database& m_db;
};
