#pragma once

#include "questions/Question.h"
#include "submissions/AnswerKey.h"

#include <QHash>
#include <QWidget>

class Database;
class QFormLayout;
class QGroupBox;
class QHBoxLayout;
class QLabel;
class QPlainTextEdit;
class QTableWidget;
class QVBoxLayout;
class QToolButton;

// The selected submission in full: who sent it, when, what validation made of it, each
// answer against the suite's key, the raw JSON as received and, when the same id came
// again with other content, every version side by side.
class SubmissionDetailPane : public QWidget
{
    Q_OBJECT
public:
    enum AnswerColumn
    {
        QuestionIdColumn,
        QuestionTextColumn,
        ChosenColumn,
        CorrectColumn,
        ResultColumn,
        AnswerColumnCount
    };

    explicit SubmissionDetailPane(Database& db, QWidget* parent = nullptr);

    // The key and the question texts, read again after a load (the bank may have changed).
    void loadReference();
    void setTimezoneOffsetMinutes(int minutes) { m_offsetMinutes = minutes; }
    // 0 clears the pane.
    void showSubmission(qint64 rowid);
    qint64 rowid() const { return m_rowid; }

    QTableWidget* answersTable() const { return m_answers; }
    QGroupBox* conflictsGroup() const { return m_conflicts; }

private:
    void clear();
    void addField(const QString& label, const QString& value);
    void fillAnswers(const QString& compact);
    void fillConflicts(const QString& id, const QByteArray& storedJson);
    QString resultText(const QString& questionId, const QString& chosen) const;
    QString receivedText(const QString& receivedAt) const;

    Database& m_db;
    AnswerKey m_key;
    bool m_keyHidden = false; // the role may not see the answer keys yet
    QHash<QString, Question> m_questions;
    int m_offsetMinutes = 7 * 60;
    qint64 m_rowid = 0;

    QVBoxLayout* m_layout = nullptr;
    QLabel* m_heading = nullptr;
    QLabel* m_status = nullptr;
    QFormLayout* m_fields = nullptr;
    QTableWidget* m_answers = nullptr;
    QToolButton* m_rawToggle = nullptr;
    QPlainTextEdit* m_raw = nullptr;
    QGroupBox* m_conflicts = nullptr;
    QHBoxLayout* m_versions = nullptr;
};
