#pragma once

#include "units/Unit.h"

#include <QAbstractTableModel>
#include <QList>

// The units of the contest, read-only: they change only through an import.
class UnitTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        CodeColumn,
        NameColumn,
        KindColumn,
        HeadcountColumn,
        CollectiveColumn,
        ColumnCount
    };
    // Raw values for sorting and filtering: the kind key, the headcount as a number.
    static constexpr int SortRole = Qt::UserRole;
    static constexpr int KindRole = Qt::UserRole + 1;

    explicit UnitTableModel(QObject* parent = nullptr);

    void setUnits(const QList<Unit>& units);
    const QList<Unit>& units() const { return m_units; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Unit> m_units;
};
