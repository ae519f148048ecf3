#pragma once

#include "questions/Question.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <optional>

class QuestionBankStore;

// One undoable change to one or more questions: each is saved from its state before to its
// state after (an edit, a status change, a move to another topic, a new question). The change
// is made before the command is pushed, so that a refused save never reaches the stack.
// Undo saves the earlier content back as a new revision; the history keeps both.
class QuestionChangeCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(QuestionChangeCommand)
public:
    struct Change
    {
        std::optional<Question> before; // absent: the question was created
        Question after;                 // as stored (with its row version)
    };

    QuestionChangeCommand(QuestionBankStore* store, const QString& text,
                          const QList<Change>& changes);

    void undo() override;
    void redo() override;

private:
    // Stores the "after" (forward) or "before" contents. When the repository refuses (someone
    // else changed a question meanwhile) the store reports it and the stack drops the command.
    bool apply(bool forward);

    QuestionBankStore* m_store;
    QList<Change> m_changes;
    QList<int> m_storedVersions; // what each question's row version is now
    bool m_firstRedo = true;
};
