#include "QuestionTableModel.h"

#include "core/ContestTime.h"
#include "core/Rfc3339.h"
#include "questions/RevisionText.h"

#include <QBrush>
#include <QDateTime>
#include <QGuiApplication>
#include <QPalette>

QuestionTableModel::QuestionTableModel(QObject* parent) : QAbstractTableModel(parent)
{
}

void QuestionTableModel::setQuestions(const QList<Question>& questions)
{
    beginResetModel();
    m_search.setQuestions(questions);
    m_rows.clear();
    for (int i = 0; i < questions.size(); ++i)
        m_rows.insert(questions.at(i).id, i);
    endResetModel();
}

void QuestionTableModel::putQuestion(const Question& question)
{
    const int row = rowOf(question.id);
    if (row >= 0) {
        m_search.setQuestion(row, question);
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    const int at = m_search.size();
    beginInsertRows(QModelIndex(), at, at);
    m_search.append(question);
    m_rows.insert(question.id, at);
    endInsertRows();
}

int QuestionTableModel::rowOf(const QString& id) const
{
    return m_rows.value(id, -1);
}

QList<Question> QuestionTableModel::questions() const
{
    QList<Question> all;
    all.reserve(m_search.size());
    for (int i = 0; i < m_search.size(); ++i)
        all << m_search.at(i);
    return all;
}

QString QuestionTableModel::difficultyLabel(Question::Difficulty d)
{
    return RevisionText::difficultyLabel(d);
}

QString QuestionTableModel::statusLabel(Question::Status s)
{
    return RevisionText::statusLabel(s);
}

int QuestionTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_search.size();
}

int QuestionTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QuestionTableModel::display(const Question& q, int column) const
{
    switch (column) {
    case IdColumn:
        return q.id;
    case TopicColumn:
        return q.topic;
    case TextColumn:
        // One line in the table; the whole text is in the tooltip and the editor.
        return QString(q.text).replace(QLatin1Char('\n'), QLatin1Char(' '));
    case AnswerColumn:
        return q.correctKey;
    case DifficultyColumn:
        return difficultyLabel(q.difficulty);
    case StatusColumn:
        return statusLabel(q.status);
    case AuthorColumn:
        return q.author;
    case UpdatedColumn:
        return ContestTime::formatStored(q.updatedAt, m_offsetMinutes);
    }
    return QVariant();
}

QVariant QuestionTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Question& q = m_search.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(q, index.column());
    case Qt::ToolTipRole:
        if (index.column() == TopicColumn)
            return m_topicNames.value(q.topic);
        if (index.column() == TextColumn || index.column() == AnswerColumn)
            return QStringLiteral("%1\n%2. %3")
                .arg(q.text, q.correctKey, q.optionText(q.correctKey));
        return QVariant();
    case Qt::ForegroundRole:
        // Retired questions stay listed (history) but no longer catch the eye.
        if (q.status == Question::Status::Retired)
            return QGuiApplication::palette().brush(QPalette::PlaceholderText);
        return QVariant();
    case IdRole:
        return q.id;
    }
    return QVariant();
}

QVariant QuestionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("ID");
    case TopicColumn:
        return tr("Topic");
    case TextColumn:
        return tr("Question");
    case AnswerColumn:
        return tr("Answer");
    case DifficultyColumn:
        return tr("Difficulty");
    case StatusColumn:
        return tr("Status");
    case AuthorColumn:
        return tr("Author");
    case UpdatedColumn:
        return tr("Updated (%1)").arg(ContestTime::zoneLabel(m_offsetMinutes));
    }
    return QVariant();
}
