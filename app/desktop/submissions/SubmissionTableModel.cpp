#include "SubmissionTableModel.h"

#include "BackgroundRead.h"
#include "SubmissionText.h"
#include "core/Duration.h"
#include "core/Problem.h"

#include <QColor>
#include <QElapsedTimer>
#include <QLocale>

#include <algorithm>

namespace {
// Below this many search hits, their order and filter come from one SQL statement; above
// it, from the whole ordered list intersected in memory (one statement cannot hold them).
constexpr int kHitsInStatement = 20000;
} // namespace

SubmissionTableModel::SubmissionTableModel(Database& db, QObject* parent)
    : QAbstractTableModel(parent), m_db(db), m_query(db)
{
}

void SubmissionTableModel::setTimezoneOffsetMinutes(int minutes)
{
    m_offsetMinutes = minutes;
    if (m_count > 0)
        Q_EMIT dataChanged(index(0, SubmittedAtColumn), index(m_count - 1, SubmittedAtColumn));
}

void SubmissionTableModel::setFilter(const SubmissionFilter& filter)
{
    m_filter = filter;
    refresh();
}

void SubmissionTableModel::setSearchText(const QString& text)
{
    m_search = text.trimmed();
    refresh();
}

void SubmissionTableModel::reload()
{
    m_index.clear();
    m_lists.clear();
    m_listKeys.clear();
    ++m_loadGeneration; // an index being built holds the rows before the reload
    m_indexBuilding = false;
    refresh();
}

void SubmissionTableModel::prepareSearch()
{
    if (!m_index.isEmpty() || m_indexBuilding)
        return;
    // Reading every name takes seconds at a million submissions and slows the other reads
    // meanwhile: done once, when someone starts typing a search, not on every load.
    m_indexBuilding = true;
    const int load = m_loadGeneration;
    runBackgroundRead<SubmissionSearchIndex>(
        m_db.location(), this,
        [](Database& db) {
            SubmissionSearchIndex index;
            index.build(db);
            return index;
        },
        [this, load](SubmissionSearchIndex index, const QString& error) {
            if (load != m_loadGeneration)
                return;
            m_indexBuilding = false;
            if (!error.isEmpty()) {
                Q_EMIT readFailed(error);
                return;
            }
            m_index = std::move(index);
            if (!m_search.isEmpty())
                refresh(); // the search waited for the index
        });
}

void SubmissionTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    refresh();
}

SubmissionQuery::Order SubmissionTableModel::order() const
{
    // The columns are in the order of SubmissionQuery::Order.
    return static_cast<SubmissionQuery::Order>(m_sortColumn);
}

void SubmissionTableModel::refresh()
{
    const int generation = ++m_generation;
    m_windowFailed = false;
    beginResetModel();
    m_windows.clear();
    m_recent.clear();
    m_order.clear();
    m_count = 0;
    m_listMode = !(m_search.isEmpty() && SubmissionQuery::isCheapWindow(m_filter, order()));
    QString error;
    if (!m_listMode) {
        try {
            m_count = m_query.count(m_filter);
        } catch (const EnvironmentError& e) {
            error = e.message();
        }
    }
    endResetModel();
    setLoading(m_listMode);
    if (!error.isEmpty())
        Q_EMIT readFailed(error);
    if (!m_listMode)
        return;

    // Without a search, a list read before (since the last load) is shown at once.
    m_pendingKey = m_search.isEmpty() ? QStringLiteral("%1|%2|%3|%4")
                                            .arg(int(m_filter.status))
                                            .arg(m_filter.reason)
                                            .arg(m_sortColumn)
                                            .arg(int(m_sortOrder))
                                      : QString();
    if (!m_pendingKey.isEmpty() && m_lists.contains(m_pendingKey)) {
        beginResetModel();
        m_order = m_lists.value(m_pendingKey);
        m_count = static_cast<int>(m_order.size());
        endResetModel();
        setLoading(false);
        return;
    }
    if (!m_search.isEmpty() && m_index.isEmpty()) {
        prepareSearch(); // refreshes again when the index is there
        return;
    }
    // Everything the worker needs, by value: the index is shared, not copied, until
    // one side changes it.
    const SubmissionFilter filter = m_filter;
    const SubmissionQuery::Order sortOrder = order();
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    const QString search = m_search;
    const SubmissionSearchIndex index = m_index;
    runBackgroundRead<ListResult>(
        m_db.location(), this,
        [filter, sortOrder, descending, search, index](Database& db) {
            ListResult result;
            const SubmissionQuery query(db);
            if (search.isEmpty()) {
                result.order = query.orderedRowids(filter, sortOrder, descending);
                return result;
            }
            QElapsedTimer timer;
            timer.start();
            const QVector<qint64> hits = index.search(search); // ascending rowids
            result.searchMs = timer.elapsed();
            if (hits.size() <= kHitsInStatement) {
                result.order = query.orderedRowids(filter, sortOrder, descending, hits);
                return result;
            }
            const QVector<qint64> all = query.orderedRowids(filter, sortOrder, descending);
            result.order.reserve(hits.size());
            for (qint64 id : all) {
                if (std::binary_search(hits.cbegin(), hits.cend(), id))
                    result.order.append(id);
            }
            return result;
        },
        [this, generation](ListResult result, const QString& error) {
            finishList(generation, std::move(result), error);
        });
}

void SubmissionTableModel::finishList(int generation, ListResult result, const QString& error)
{
    if (generation != m_generation)
        return; // the filter or search changed meanwhile
    if (result.searchMs >= 0)
        m_lastSearchMs = result.searchMs;
    if (error.isEmpty() && !m_pendingKey.isEmpty()) {
        if (m_listKeys.size() >= kCachedLists)
            m_lists.remove(m_listKeys.takeFirst());
        m_lists.insert(m_pendingKey, result.order);
        m_listKeys.append(m_pendingKey);
    }
    beginResetModel();
    m_order = std::move(result.order);
    m_count = static_cast<int>(m_order.size());
    endResetModel();
    setLoading(false);
    if (!error.isEmpty())
        Q_EMIT readFailed(error);
}

void SubmissionTableModel::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

qint64 SubmissionTableModel::rowidAt(int row) const
{
    if (m_listMode)
        return row >= 0 && row < m_order.size() ? m_order.at(row) : 0;
    const SubmissionRow* r = rowAt(row);
    return r ? r->rowid : 0;
}

const SubmissionRow* SubmissionTableModel::rowAt(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    const int window = row / kWindowRows;
    auto it = m_windows.find(window);
    if (it == m_windows.end()) {
        const int first = window * kWindowRows;
        const int size = qMin(kWindowRows, m_count - first);
        QList<SubmissionRow> rows;
        try {
            if (m_listMode)
                rows = m_query.rows(m_order.mid(first, size));
            else
                rows = m_query.window(m_filter, order(), m_sortOrder == Qt::DescendingOrder, first,
                                      size);
        } catch (const EnvironmentError& e) {
            // data() is const and called while painting: report once, show blanks.
            // Once per list, not once per window the view asks for.
            if (!m_windowFailed) {
                m_windowFailed = true;
                Q_EMIT const_cast<SubmissionTableModel*>(this)->readFailed(e.message());
            }
        }
        if (m_windows.size() >= kCachedWindows && !m_recent.isEmpty())
            m_windows.remove(m_recent.takeFirst());
        it = m_windows.insert(window, rows);
    } else {
        m_recent.removeOne(window);
    }
    m_recent.append(window);
    const int offset = row - window * kWindowRows;
    return offset < it->size() ? &it->at(offset) : nullptr;
}

int SubmissionTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int SubmissionTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SubmissionTableModel::display(const SubmissionRow& r, int column) const
{
    switch (column) {
    case SubmittedAtColumn:
        return SubmissionText::dateTime(r.submittedAtMs, m_offsetMinutes, r.submittedAtText);
    case NameColumn:
        return r.name;
    case BirthYearColumn:
        return r.birthYear > 0 ? QVariant(r.birthYear) : QVariant();
    case IdNumberColumn:
        return r.idNumber;
    case PhoneColumn:
        return r.phone;
    case UnitColumn:
        return r.unit;
    case CorrectColumn:
        return r.valid ? QVariant(r.correct) : QVariant();
    case DurationColumn:
        return r.valid ? Duration::format(r.durationMs) : QString();
    case PredictionColumn:
        return r.prediction ? QLocale().toString(*r.prediction) : QString();
    case StatusColumn:
        return SubmissionText::status(r.valid, r.invalidCode, r.conflict);
    default:
        return {};
    }
}

QVariant SubmissionTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case RowidRole:
    case SubmissionIdRole:
    case ValidRole:
    case Qt::ForegroundRole:
        break;
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case BirthYearColumn:
        case CorrectColumn:
        case DurationColumn:
        case PredictionColumn:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    default:
        return {};
    }
    const SubmissionRow* r = rowAt(index.row());
    if (!r)
        return {};
    switch (role) {
    case RowidRole:
        return r->rowid;
    case SubmissionIdRole:
        return r->id;
    case ValidRole:
        return r->valid;
    case Qt::ForegroundRole:
        if (index.column() != StatusColumn)
            return {};
        if (!r->valid)
            return QColor(0xb0, 0x1e, 0x1e);
        return r->conflict ? QColor(0xa8, 0x5a, 0x00) : QVariant();
    case Qt::ToolTipRole:
        return index.column() == StatusColumn ? display(*r, StatusColumn) : QVariant();
    default:
        return display(*r, index.column());
    }
}

QVariant SubmissionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SubmittedAtColumn:
        return tr("Submitted at");
    case NameColumn:
        return tr("Name");
    case BirthYearColumn:
        return tr("Born");
    case IdNumberColumn:
        return tr("ID number");
    case PhoneColumn:
        return tr("Phone");
    case UnitColumn:
        return tr("Unit");
    case CorrectColumn:
        return tr("Correct");
    case DurationColumn:
        return tr("Duration");
    case PredictionColumn:
        return tr("Prediction");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}
