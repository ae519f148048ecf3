#pragma once

#include "questions/QuestionSearch.h"

#include <QSortFilterProxyModel>

class QuestionTableModel;

// The bank's filters (topic, status, difficulty, words without marks); the matching itself
// is QuestionSearch's, so it is the same rule the core tests check.
class QuestionFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit QuestionFilterProxyModel(QObject* parent = nullptr);
    void setSourceModel(QAbstractItemModel* model) override;
    void setQuery(const QuestionQuery& query);
    const QuestionQuery& query() const { return m_query; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QuestionTableModel* m_questions = nullptr;
    QuestionQuery m_query;
    QuestionSearch::Matcher m_matcher{QuestionQuery{}};
};
