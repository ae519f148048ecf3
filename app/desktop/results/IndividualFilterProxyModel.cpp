#include "IndividualFilterProxyModel.h"

#include "IndividualRankingModel.h"
#include "core/TextFold.h"

IndividualFilterProxyModel::IndividualFilterProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
}

void IndividualFilterProxyModel::setRankingModel(IndividualRankingModel* model)
{
    m_model = model;
    setSourceModel(model);
}

void IndividualFilterProxyModel::setText(const QString& text)
{
    const QString folded = TextFold::fold(text.trimmed());
    if (folded == m_folded)
        return;
    m_folded = folded;
    refilter();
}

void IndividualFilterProxyModel::setShow(Show show)
{
    if (show == m_show)
        return;
    m_show = show;
    refilter();
}

void IndividualFilterProxyModel::refilter()
{
    // invalidateFilter() removes and inserts the changed rows range by range; when every
    // sixth of half a million rows matches that is tens of thousands of signals and the
    // view re-lays itself out for each (minutes). One layout change is milliseconds.
    invalidate();
}

bool IndividualFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex&) const
{
    if (!m_model)
        return true;
    using Kind = IndividualRankingModel::Kind;
    const Kind kind = m_model->kindOf(sourceRow);
    switch (m_show) {
    case Show::All:
        break;
    case Show::Winners:
        if (kind != Kind::Winner)
            return false;
        break;
    case Show::Ineligible:
        if (kind != Kind::Ineligible)
            return false;
        break;
    case Show::UnresolvedTies:
        if (kind != Kind::UnresolvedTie)
            return false;
        break;
    }
    return m_folded.isEmpty() || m_model->searchText(sourceRow).contains(m_folded);
}
