#include "CollectiveRankingModel.h"

#include "core/Duration.h"

#include <QApplication>
#include <QBrush>
#include <QLocale>
#include <QStyle>

CollectiveRankingModel::CollectiveRankingModel(QObject* parent) : QAbstractTableModel(parent)
{
}

void CollectiveRankingModel::setResults(std::shared_ptr<const Results> results)
{
    beginResetModel();
    m_results = std::move(results);
    m_unitIndex.clear();
    if (m_results) {
        for (int i = 0; i < m_results->units.size(); ++i)
            m_unitIndex.insert(m_results->units.at(i).code, i);
    }
    endResetModel();
}

int CollectiveRankingModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_results ? 0 : int(m_results->collective.size());
}

int CollectiveRankingModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CollectiveRankingModel::display(const CollectiveResult& row, int column) const
{
    const int unit = m_unitIndex.value(row.unitCode, -1);
    switch (column) {
    case RankColumn:
        return row.rank > 0 ? QVariant(row.rank) : QVariant(); // not ranked: no prize possible
    case CodeColumn:
        return row.unitCode;
    case NameColumn:
        return unit >= 0 ? m_results->units.at(unit).name : tr("(not in the units list)");
    case ContestantsColumn:
        return row.contestants;
    case HeadcountColumn:
        if (unit >= 0 && m_results->units.at(unit).headcount)
            return *m_results->units.at(unit).headcount;
        return QVariant();
    case RateColumn:
        // Percent with one decimal, the way the CCHC index reports it.
        // Over 100 %: marked, and the tooltip says why (more contestants than the headcount).
        return row.participationRate
                   ? QVariant(QLocale().toString(*row.participationRate * 100.0, 'f', 1) +
                              (*row.participationRate > 1.0 ? QStringLiteral(" %*")
                                                            : QStringLiteral(" %")))
                   : QVariant();
    case PerfectColumn:
        return row.perfect;
    case AverageDurationColumn:
        return Duration::format(row.avgDurationMs);
    case EligibleColumn:
        return row.eligible ? tr("Yes") : tr("No");
    case PrizeColumn:
        if (row.unresolvedTie)
            return tr("Unresolved tie — judges decide");
        return row.prize ? tr("Collective prize") : QString();
    }
    return QVariant();
}

QString CollectiveRankingModel::overHeadcountText(const CollectiveResult& row) const
{
    const int unit = m_unitIndex.value(row.unitCode, -1);
    const int headcount = unit >= 0 ? m_results->units.at(unit).headcount.value_or(0) : 0;
    return tr("More contestants (%1) than the unit's headcount (%2): people outside the unit "
              "chose it, or the headcount is out of date. The rate is shown as counted.")
        .arg(QLocale().toString(row.contestants), QLocale().toString(headcount));
}

QVariant CollectiveRankingModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const CollectiveResult& row = m_results->collective.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::BackgroundRole:
        if (row.unresolvedTie)
            return QBrush(QColor(0xff, 0xc7, 0xc7));
        if (row.prize)
            return QBrush(QColor(0xff, 0xe0, 0x82));
        return QVariant();
    case Qt::ForegroundRole:
        if (row.unresolvedTie || row.prize)
            return QBrush(Qt::black);
        if (!row.eligible)
            return QBrush(QColor(0x80, 0x80, 0x80));
        return QVariant();
    case Qt::DecorationRole:
        if (index.column() == PrizeColumn && row.unresolvedTie)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return QVariant();
    case Qt::ToolTipRole:
        if ((index.column() == EligibleColumn || index.column() == RankColumn) && !row.eligible)
            return tr("This unit cannot receive a collective prize (for example the organising "
                      "office or the public): it is listed after the ranked units, without a "
                      "rank.");
        if (index.column() == RateColumn && row.participationRate && *row.participationRate > 1.0)
            return overHeadcountText(row);
        return QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() != CodeColumn && index.column() != NameColumn &&
            index.column() != EligibleColumn && index.column() != PrizeColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant();
    }
    return QVariant();
}

QVariant CollectiveRankingModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RankColumn:
        return tr("Rank");
    case CodeColumn:
        return tr("Unit code");
    case NameColumn:
        return tr("Unit");
    case ContestantsColumn:
        return tr("Contestants");
    case HeadcountColumn:
        return tr("Headcount");
    case RateColumn:
        return tr("Participation");
    case PerfectColumn:
        return tr("Perfect scores");
    case AverageDurationColumn:
        return tr("Average duration");
    case EligibleColumn:
        return tr("Eligible");
    case PrizeColumn:
        return tr("Prize");
    }
    return QVariant();
}
