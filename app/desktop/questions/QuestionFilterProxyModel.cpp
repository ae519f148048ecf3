#include "QuestionFilterProxyModel.h"

#include "QuestionTableModel.h"

QuestionFilterProxyModel::QuestionFilterProxyModel(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void QuestionFilterProxyModel::setSourceModel(QAbstractItemModel* model)
{
    m_questions = qobject_cast<QuestionTableModel*>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void QuestionFilterProxyModel::setQuery(const QuestionQuery& query)
{
    m_query = query;
    m_matcher = QuestionSearch::Matcher(query);
    invalidateFilter();
}

bool QuestionFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex&) const
{
    return !m_questions || m_questions->search().matches(sourceRow, m_matcher);
}
