#pragma once

#include "AreaPage.h"

#include "questions/Question.h"

#include <QWidget>

class BlueprintPanel;
class BookletPanel;
class Database;
class QComboBox;
class QLabel;
class QLineEdit;
class QScrollArea;
class QTabWidget;
class QTableView;
class QToolButton;
class QUndoStack;
class QuestionBankStore;
class QuestionEditor;
class QuestionFilterProxyModel;
class QuestionTableModel;
class RevisionHistoryView;

// The question bank: the table with its filters, the editor beside it, the history, the
// blueprint and the booklet in tabs; bank edits are undoable commands.
class QuestionBankArea : public QWidget, public AreaPage
{
    Q_OBJECT
public:
    explicit QuestionBankArea(Database& db, QWidget* parent = nullptr);

    QuestionTableModel* model() const { return m_model; }
    QuestionFilterProxyModel* proxy() const { return m_proxy; }
    QTableView* tableView() const { return m_table; }
    QuestionEditor* editor() const { return m_editor; }
    QUndoStack* undoStack() const { return m_undoStack; }

    bool readAgain() override; // not while the editor holds changes

public Q_SLOTS:
    void reload();
    void newQuestion();
    void saveEditor();
    void selectQuestion(const QString& id);
    void approveSelection();
    void retireSelection();
    void moveSelectionToTopic(const QString& topic);
    void importQuestions();
    void exportQuestions();

protected:
    // The blueprint may have changed in the Contest area meanwhile.
    void showEvent(QShowEvent* event) override;

private:
    void applyRole();
    QWidget* buildFilters();
    QWidget* buildActions();
    void updateFilter();
    void updateCount();
    void showCurrent();
    void onQuestionSaved(const Question& q);
    QList<Question> selectedQuestions() const;
    QList<Question> shownQuestions() const;
    // Asks before saving a question whose text is very like another's; true to go on.
    bool confirmNotDuplicate(const Question& q);
    // Saves `afters` (changed copies of stored questions) as one undoable step.
    void changeQuestions(const QList<Question>& befores, const QList<Question>& afters,
                         const QString& action, const QString& undoText);
    void setStatusOfSelection(Question::Status status);
    void setResult(const QString& text);

    Database& m_db;
    QuestionBankStore* m_store = nullptr;
    QUndoStack* m_undoStack = nullptr;
    QuestionTableModel* m_model = nullptr;
    QuestionFilterProxyModel* m_proxy = nullptr;
    QTableView* m_table = nullptr;
    QLineEdit* m_searchEdit = nullptr;
    QComboBox* m_topicFilter = nullptr;
    QComboBox* m_statusFilter = nullptr;
    QComboBox* m_difficultyFilter = nullptr;
    QToolButton* m_moveButton = nullptr;
    QLabel* m_countLabel = nullptr;
    QLabel* m_resultLabel = nullptr;
    QTabWidget* m_tabs = nullptr;
    QScrollArea* m_editorScroll = nullptr;
    QuestionEditor* m_editor = nullptr;
    RevisionHistoryView* m_history = nullptr;
    BlueprintPanel* m_blueprint = nullptr;
    BookletPanel* m_booklet = nullptr;
    QString m_lastShownId;
};
