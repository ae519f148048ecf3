#pragma once

#include "questions/QuestionSearch.h"

#include <QAbstractTableModel>
#include <QHash>

// The bank as rows, one question each. It keeps the questions in a QuestionSearch so that
// the filter proxy asks the core, not the view, whether a row matches.
class QuestionTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        IdColumn,
        TopicColumn,
        TextColumn,
        AnswerColumn,
        DifficultyColumn,
        StatusColumn,
        AuthorColumn,
        UpdatedColumn,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit QuestionTableModel(QObject* parent = nullptr);

    void setQuestions(const QList<Question>& questions);
    void setTopicNames(const QHash<QString, QString>& names) { m_topicNames = names; }
    // Times are shown in the contest's zone, whatever the computer's is.
    void setTimezoneOffset(int minutes) { m_offsetMinutes = minutes; }
    // Replaces the question with the same ID, or adds it at the end.
    void putQuestion(const Question& question);
    const Question& question(int row) const { return m_search.at(row); }
    int rowOf(const QString& id) const; // -1 when absent
    QList<Question> questions() const;
    const QuestionSearch& search() const { return m_search; }

    static QString difficultyLabel(Question::Difficulty d);
    static QString statusLabel(Question::Status s);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const Question& q, int column) const;

    QuestionSearch m_search;
    QHash<QString, int> m_rows; // ID -> row
    QHash<QString, QString> m_topicNames;
    int m_offsetMinutes = 7 * 60;
};
