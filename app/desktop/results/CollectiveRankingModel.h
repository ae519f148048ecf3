#pragma once

#include "results/Results.h"

#include <QAbstractTableModel>
#include <QHash>

#include <memory>

// The collective ranking (units), read straight from a Results.
class CollectiveRankingModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        RankColumn,
        CodeColumn,
        NameColumn,
        ContestantsColumn,
        HeadcountColumn,
        RateColumn,
        PerfectColumn,
        AverageDurationColumn,
        EligibleColumn,
        PrizeColumn,
        ColumnCount
    };

    explicit CollectiveRankingModel(QObject* parent = nullptr);

    void setResults(std::shared_ptr<const Results> results);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const CollectiveResult& row, int column) const;
    QString overHeadcountText(const CollectiveResult& row) const;

    std::shared_ptr<const Results> m_results;
    QHash<QString, int> m_unitIndex; // code -> index into Results::units
};
