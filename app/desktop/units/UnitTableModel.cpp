#include "UnitTableModel.h"

UnitTableModel::UnitTableModel(QObject* parent) : QAbstractTableModel(parent)
{
}

void UnitTableModel::setUnits(const QList<Unit>& units)
{
    beginResetModel();
    m_units = units;
    endResetModel();
}

int UnitTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_units.size());
}

int UnitTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UnitTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Unit& unit = m_units.at(index.row());
    if (role == KindRole)
        return unit.kind;
    if (role == Qt::DisplayRole || role == SortRole) {
        switch (index.column()) {
        case CodeColumn:
            return unit.code;
        case NameColumn:
            return unit.name;
        case KindColumn:
            return Unit::kindLabel(unit.kind);
        case HeadcountColumn:
            // Unknown headcounts stay blank on screen but sort before every known one.
            if (role == SortRole)
                return unit.headcount.value_or(-1);
            return unit.headcount ? QVariant(*unit.headcount) : QVariant();
        case CollectiveColumn:
            if (role == SortRole)
                return unit.collectiveEligible ? 1 : 0;
            return unit.collectiveEligible ? tr("✓ Yes") : tr("No");
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == HeadcountColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == CollectiveColumn && !unit.collectiveEligible)
        return tr(
            "This unit cannot receive a collective prize (for example the organising office).");
    return QVariant();
}

QVariant UnitTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CodeColumn:
        return tr("Code");
    case NameColumn:
        return tr("Name");
    case KindColumn:
        return tr("Kind");
    case HeadcountColumn:
        return tr("Headcount");
    case CollectiveColumn:
        return tr("Collective prize");
    }
    return QVariant();
}
