#pragma once

#include "results/Results.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>

#include <memory>

// The individual ranking, read straight from a Results: no row is copied, so half a
// million contestants cost only the rows the view paints. Dates are shown in the
// contest's own time zone, whatever the computer's is.
class IndividualRankingModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        RankColumn,
        NameColumn,
        BirthYearColumn,
        UnitColumn,
        CorrectColumn,
        PredictionColumn,
        ErrorColumn,
        DurationColumn,
        SubmittedAtColumn,
        EligibleColumn,
        PrizeColumn,
        ColumnCount
    };
    // What a row is, for the "show" filter and the colours.
    enum class Kind
    {
        Plain,
        Winner,
        Ineligible,
        UnresolvedTie
    };
    static constexpr int KindRole = Qt::UserRole;           // int(Kind)
    static constexpr int ContestantRole = Qt::UserRole + 1; // the identity key

    explicit IndividualRankingModel(QObject* parent = nullptr);

    void setResults(std::shared_ptr<const Results> results);
    const Results* results() const { return m_results.get(); }

    Kind kindOf(int row) const;
    // Name, identity key, raw ID number and phone, unit code and name, folded (lower case,
    // no Vietnamese marks); built on the first search, not before.
    const QString& searchText(int row) const;
    QString prizeLabel(const QString& key) const;
    QString unitName(const QString& code) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "dd/MM/yyyy HH:mm:ss" in the given offset from UTC.
    static QString formatLocal(qint64 utcMs, int offsetMinutes);

private:
    QVariant display(const IndividualResult& row, int column) const;
    QVariant background(const IndividualResult& row) const;

    std::shared_ptr<const Results> m_results;
    QHash<QString, QString> m_prizeLabels; // key -> "Giải Nhất"
    QHash<QString, int> m_prizeTiers;      // key -> 0 for the best
    QHash<QString, QString> m_unitNames;   // code -> name
    mutable QStringList m_searchTexts;
};
