#include "QuestionChangeCommand.h"

#include "QuestionBankStore.h"

QuestionChangeCommand::QuestionChangeCommand(QuestionBankStore* store, const QString& text,
                                             const QList<Change>& changes)
    : QUndoCommand(text), m_store(store), m_changes(changes)
{
    for (const Change& c : changes)
        m_storedVersions << c.after.rowVersion;
}

void QuestionChangeCommand::redo()
{
    // The first redo is the push: the change is stored already.
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    apply(true);
}

void QuestionChangeCommand::undo()
{
    apply(false);
}

bool QuestionChangeCommand::apply(bool forward)
{
    QList<Question> targets;
    QList<std::optional<int>> expected;
    for (int i = 0; i < m_changes.size(); ++i) {
        const Change& c = m_changes.at(i);
        Question target = c.after;
        if (!forward && c.before) {
            target = *c.before;
        } else if (!forward) {
            // The repository keeps every question (submissions refer to them): undoing a
            // creation retires the new question instead of deleting it.
            target.status = Question::Status::Retired;
        }
        targets << target;
        expected << m_storedVersions.at(i);
    }
    try {
        const QList<Question> saved = m_store->restoreAll(
            targets, forward ? tr("redo: %1").arg(text()) : tr("undo: %1").arg(text()), expected);
        // The next undo/redo checks against the row versions just stored.
        for (int i = 0; i < saved.size(); ++i)
            m_storedVersions[i] = saved.at(i).rowVersion;
        return true;
    } catch (const UserError& e) {
        m_store->reportFailure(text(), e.message());
    } catch (const EnvironmentError& e) {
        m_store->reportFailure(text(), e.message());
    }
    setObsolete(true);
    return false;
}
