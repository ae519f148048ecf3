#pragma once

#include "submissions/SubmissionQuery.h"
#include "submissions/SubmissionSearchIndex.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

class Database;

// Every submission, read lazily: the rows live in the database and only windows of them
// (kWindowRows each, the last kCachedWindows used) are held here. In the indexed order
// without a filter or search, rows are read with LIMIT/OFFSET over the index; otherwise
// the model holds the matching rowids in order (8 bytes a row), worked out in the
// background (a filter or another order scans the whole table), and reads the rows of a
// window by rowid. While that runs the model is empty and isLoading() is true.
class SubmissionTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        SubmittedAtColumn,
        NameColumn,
        BirthYearColumn,
        IdNumberColumn,
        PhoneColumn,
        UnitColumn,
        CorrectColumn,
        DurationColumn,
        PredictionColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role
    {
        RowidRole = Qt::UserRole + 1,
        SubmissionIdRole,
        ValidRole
    };
    static constexpr int kWindowRows = 200;
    static constexpr int kCachedWindows = 40;

    explicit SubmissionTableModel(Database& db, QObject* parent = nullptr);

    void setTimezoneOffsetMinutes(int minutes);
    void setFilter(const SubmissionFilter& filter);
    SubmissionFilter filter() const { return m_filter; }
    void setSearchText(const QString& text);
    QString searchText() const { return m_search; }
    // Reads everything again (after an import): counts, windows and the search index.
    void reload();
    // Starts building the search index in the background (when someone starts typing).
    void prepareSearch();

    qint64 rowidAt(int row) const;
    bool isLazy() const { return !m_listMode; }
    bool isLoading() const { return m_loading; }
    // How long the last search took over the folded index (ms), and the index itself.
    qint64 lastSearchMs() const { return m_lastSearchMs; }
    const SubmissionSearchIndex& searchIndex() const { return m_index; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    // A read failed (the database went away); the list shows what it had.
    void readFailed(const QString& message);

private:
    struct ListResult
    {
        QVector<qint64> order;
        qint64 searchMs = -1;
    };
    void refresh();
    void finishList(int generation, ListResult result, const QString& error);
    void setLoading(bool loading);
    const SubmissionRow* rowAt(int row) const;
    QVariant display(const SubmissionRow& r, int column) const;
    SubmissionQuery::Order order() const;

    Database& m_db;
    SubmissionQuery m_query;
    SubmissionFilter m_filter;
    QString m_search;
    int m_sortColumn = SubmittedAtColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_offsetMinutes = 7 * 60;

    bool m_listMode = false;
    bool m_loading = false;
    int m_generation = 0; // results of an older refresh are dropped
    int m_loadGeneration = 0;
    bool m_indexBuilding = false; // and an index built before the last reload
    QVector<qint64> m_order;      // in list mode: the rowids shown, in order
    int m_count = 0;
    SubmissionSearchIndex m_index; // built on the first search after a load
    qint64 m_lastSearchMs = 0;

    // Rowid lists already worked out since the last load, by filter and order: going back
    // to "invalid" after "valid" should not scan the table again. A few, 8 bytes a row.
    static constexpr int kCachedLists = 4;
    QHash<QString, QVector<qint64>> m_lists;
    QStringList m_listKeys; // oldest first
    QString m_pendingKey;   // the list the running read will store

    mutable QHash<int, QList<SubmissionRow>> m_windows;
    mutable QList<int> m_recent;         // window numbers, most recently used last
    mutable bool m_windowFailed = false; // a window read failed since the last refresh
};
