#include "SubmissionQuery.h"

#include "storage/Database.h"

#include <QHash>
#include <QSqlQuery>

namespace {

// {{ROW_SEQ}} is SQLite's rowid (SqlDialect). The conflict flag is one probe of the (submission_id,
// raw_sha256) unique index per row.
const char kColumns[] =
    "{{ROW_SEQ}}, id, name, birth_year, id_number, phone, unit, submitted_at, submitted_at_ms, "
    "duration_ms, prediction, correct, valid, invalid_code, "
    "EXISTS (SELECT 1 FROM submission_conflicts c WHERE c.submission_id = submissions.id)";

SubmissionRow readRow(const QSqlQuery& q)
{
    SubmissionRow r;
    r.rowid = q.value(0).toLongLong();
    r.id = q.value(1).toString();
    r.name = q.value(2).toString();
    r.birthYear = q.value(3).toInt();
    r.idNumber = q.value(4).toString();
    r.phone = q.value(5).toString();
    r.unit = q.value(6).toString();
    r.submittedAtText = q.value(7).toString();
    if (!q.value(8).isNull())
        r.submittedAtMs = q.value(8).toLongLong();
    r.durationMs = q.value(9).toLongLong();
    if (!q.value(10).isNull())
        r.prediction = q.value(10).toLongLong();
    r.correct = q.value(11).toInt();
    r.valid = q.value(12).toInt() != 0;
    r.invalidCode = q.value(13).toString();
    r.conflict = q.value(14).toInt() != 0;
    return r;
}

// Integers only: written into the statement rather than bound one by one.
QString numberList(const QVector<qint64>& ids)
{
    QString list;
    list.reserve(ids.size() * 8);
    for (qint64 id : ids) {
        if (!list.isEmpty())
            list += QLatin1Char(',');
        list += QString::number(id);
    }
    return list;
}

} // namespace

QString SubmissionQuery::whereClause(const SubmissionFilter& filter, QVariantList& binds)
{
    switch (filter.status) {
    case SubmissionFilter::Status::All:
        return QStringLiteral("1 = 1");
    case SubmissionFilter::Status::Valid:
        return QStringLiteral("valid = 1");
    case SubmissionFilter::Status::Invalid:
        if (filter.reason.isEmpty())
            return QStringLiteral("valid = 0");
        binds << filter.reason;
        return QStringLiteral("valid = 0 AND invalid_code = ?");
    case SubmissionFilter::Status::Conflicts:
        return QStringLiteral("id IN (SELECT submission_id FROM submission_conflicts)");
    }
    return QStringLiteral("1 = 1");
}

QString SubmissionQuery::orderClause(Order order, bool descending)
{
    QString column;
    switch (order) {
    case Order::SubmittedAt:
        column = QStringLiteral("submitted_at_ms");
        break;
    case Order::Name:
        column = QStringLiteral("name");
        break;
    case Order::BirthYear:
        column = QStringLiteral("birth_year");
        break;
    case Order::IdNumber:
        column = QStringLiteral("id_number");
        break;
    case Order::Phone:
        column = QStringLiteral("phone");
        break;
    case Order::Unit:
        column = QStringLiteral("unit");
        break;
    case Order::Correct:
        column = QStringLiteral("correct");
        break;
    case Order::Duration:
        column = QStringLiteral("duration_ms");
        break;
    case Order::Prediction:
        column = QStringLiteral("prediction");
        break;
    case Order::Status:
        column = QStringLiteral("valid");
        break;
    }
    // rowid breaks ties so that windows never overlap or skip a row.
    const QString direction = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    return column + direction + QStringLiteral(", {{ROW_SEQ}}") + direction;
}

bool SubmissionQuery::isCheapWindow(const SubmissionFilter& filter, Order order)
{
    // The index gives the order and the count, so an OFFSET walks the index only. Any
    // filter needs the rows themselves (no index on validity): at a million rows an
    // OFFSET deep into "valid" took 19 s, so filtered lists are read once as rowids.
    return order == Order::SubmittedAt && filter.status == SubmissionFilter::Status::All;
}

int SubmissionQuery::count(const SubmissionFilter& filter) const
{
    QVariantList binds;
    const QString where = whereClause(filter, binds);
    QSqlQuery q =
        m_db.exec(QStringLiteral("SELECT count(*) FROM submissions WHERE ") + where, binds);
    return q.next() ? q.value(0).toInt() : 0;
}

SubmissionCounts SubmissionQuery::counts() const
{
    SubmissionCounts c;
    QSqlQuery q =
        m_db.exec(QStringLiteral("SELECT count(*), coalesce(sum(valid), 0) FROM submissions"));
    if (q.next()) {
        c.total = q.value(0).toInt();
        c.valid = q.value(1).toInt();
        c.invalid = c.total - c.valid;
    }
    QSqlQuery conflicts =
        m_db.exec(QStringLiteral("SELECT count(DISTINCT submission_id) FROM submission_conflicts"));
    if (conflicts.next())
        c.conflicts = conflicts.value(0).toInt();
    return c;
}

QList<SubmissionRow> SubmissionQuery::window(const SubmissionFilter& filter, Order order,
                                             bool descending, int offset, int limit) const
{
    QVariantList binds;
    const QString where = whereClause(filter, binds);
    binds << limit << offset;
    QSqlQuery q =
        m_db.exec(QStringLiteral("SELECT %1 FROM submissions WHERE %2 ORDER BY %3 "
                                 "LIMIT ? OFFSET ?")
                      .arg(QLatin1String(kColumns), where, orderClause(order, descending)),
                  binds);
    QList<SubmissionRow> rows;
    rows.reserve(limit);
    while (q.next())
        rows << readRow(q);
    return rows;
}

QList<SubmissionRow> SubmissionQuery::rows(const QVector<qint64>& rowids) const
{
    if (rowids.isEmpty())
        return {};
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT %1 FROM submissions WHERE {{ROW_SEQ}} IN (%2)")
                                .arg(QLatin1String(kColumns), numberList(rowids)));
    QHash<qint64, SubmissionRow> byRowid;
    byRowid.reserve(rowids.size());
    while (q.next()) {
        SubmissionRow r = readRow(q);
        byRowid.insert(r.rowid, std::move(r));
    }
    QList<SubmissionRow> ordered;
    ordered.reserve(rowids.size());
    for (qint64 id : rowids) {
        auto it = byRowid.find(id);
        if (it != byRowid.end())
            ordered << *it;
    }
    return ordered;
}

QVector<qint64> SubmissionQuery::orderedRowids(const SubmissionFilter& filter, Order order,
                                               bool descending,
                                               const std::optional<QVector<qint64>>& within) const
{
    if (within && within->isEmpty())
        return {};
    QVariantList binds;
    QString where = whereClause(filter, binds);
    if (within)
        where += QStringLiteral(" AND {{ROW_SEQ}} IN (%1)").arg(numberList(*within));
    QSqlQuery q =
        m_db.exec(QStringLiteral("SELECT {{ROW_SEQ}} FROM submissions WHERE %1 ORDER BY %2")
                      .arg(where, orderClause(order, descending)),
                  binds);
    QVector<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}
