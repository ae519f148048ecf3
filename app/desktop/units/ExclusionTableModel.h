#pragma once

#include "units/Exclusion.h"

#include <QAbstractTableModel>
#include <QList>

// The exclusion list, read-only: it changes only through an import.
class ExclusionTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TypeColumn,
        ValueColumn,
        ReasonColumn,
        ColumnCount
    };

    explicit ExclusionTableModel(QObject* parent = nullptr);

    void setExclusions(const QList<Exclusion>& exclusions);
    const QList<Exclusion>& exclusions() const { return m_exclusions; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Exclusion> m_exclusions;
};
