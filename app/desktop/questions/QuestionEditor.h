#pragma once

#include "contest/Topic.h"
#include "questions/Question.h"

#include <QWidget>

#include <functional>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;

// Edits one question beside the bank: each problem Question::validate() finds is shown under
// its field as the user types, and Save is enabled only when there is none (and something
// changed). Saving itself is the area's job (undo stack, near-duplicate warning).
class QuestionEditor : public QWidget
{
    Q_OBJECT
public:
    explicit QuestionEditor(QWidget* parent = nullptr);

    void setTopics(const QList<Topic>& topics);
    // Tells whether an ID is used by a stored question (a new one must not take it).
    void setIdTaken(std::function<bool(const QString&)> idTaken) { m_idTaken = std::move(idTaken); }

    void newQuestion(const QString& id, const QString& topic);
    void setQuestion(const Question& stored);
    void clearQuestion();

    bool isNew() const { return m_isNew; }
    bool hasChanges() const;
    QString storedId() const { return m_original.id; }
    // The question as the fields say, on top of what is stored (author, row version...).
    Question question() const;
    Problems problems() const { return m_problems; }

Q_SIGNALS:
    void saveRequested();

private:
    struct OptionRow
    {
        QWidget* row = nullptr;
        QRadioButton* correct = nullptr;
        QLineEdit* text = nullptr;
    };

    void buildForm();
    QWidget* withProblem(QWidget* field, QLabel*& problemLabel, const QString& name);
    void setOptionCount(int count);
    void fill(const Question& q);
    void revalidate();
    void showProblem(QLabel* label, const QStringList& messages);

    QLabel* m_headingLabel = nullptr;
    QLineEdit* m_idEdit = nullptr;
    QComboBox* m_topicCombo = nullptr;
    QPlainTextEdit* m_textEdit = nullptr;
    QList<OptionRow> m_options;
    QButtonGroup* m_correctGroup = nullptr;
    QPushButton* m_addOptionButton = nullptr;
    QPushButton* m_removeOptionButton = nullptr;
    QComboBox* m_difficultyCombo = nullptr;
    QLineEdit* m_legalSourceEdit = nullptr;
    QPlainTextEdit* m_explanationEdit = nullptr;
    QComboBox* m_statusCombo = nullptr;
    QLabel* m_idProblem = nullptr;
    QLabel* m_topicProblem = nullptr;
    QLabel* m_textProblem = nullptr;
    QLabel* m_optionsProblem = nullptr;
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_revertButton = nullptr;

    QStringList m_topicCodes;
    std::function<bool(const QString&)> m_idTaken;
    Question m_original;
    int m_optionCount = 4;
    bool m_isNew = false;
    bool m_hasQuestion = false;
    bool m_filling = false;
    Problems m_problems;
};
