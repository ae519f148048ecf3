#pragma once

#include <QSortFilterProxyModel>

class IndividualRankingModel;

// Narrows the individual ranking by folded text (name, ID/phone, unit: "nguyen van"
// finds "Nguyễn Văn") and by what a row is (winners, ineligible, unresolved ties).
// Rank order is kept: the ranking is already sorted and re-sorting would hide it.
class IndividualFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class Show
    {
        All,
        Winners,
        Ineligible,
        UnresolvedTies
    };

    explicit IndividualFilterProxyModel(QObject* parent = nullptr);
    void setRankingModel(IndividualRankingModel* model);

    void setText(const QString& text);
    void setShow(Show show);
    Show show() const { return m_show; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    void refilter();

    IndividualRankingModel* m_model = nullptr;
    QString m_folded;
    Show m_show = Show::All;
};
