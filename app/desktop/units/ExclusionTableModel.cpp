#include "ExclusionTableModel.h"

ExclusionTableModel::ExclusionTableModel(QObject* parent) : QAbstractTableModel(parent)
{
}

void ExclusionTableModel::setExclusions(const QList<Exclusion>& exclusions)
{
    beginResetModel();
    m_exclusions = exclusions;
    endResetModel();
}

int ExclusionTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_exclusions.size());
}

int ExclusionTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ExclusionTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Exclusion& exclusion = m_exclusions.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TypeColumn:
            return Exclusion::typeLabel(exclusion.type);
        case ValueColumn:
            return exclusion.value;
        case ReasonColumn:
            return exclusion.reason;
        }
    }
    if (role == Qt::ToolTipRole && index.column() == ReasonColumn)
        return exclusion.reason;
    return QVariant();
}

QVariant ExclusionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TypeColumn:
        return tr("Type");
    case ValueColumn:
        return tr("ID number, phone or unit");
    case ReasonColumn:
        return tr("Reason");
    }
    return QVariant();
}
