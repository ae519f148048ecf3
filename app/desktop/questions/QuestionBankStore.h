#pragma once

#include "questions/Question.h"

#include <QObject>

#include <optional>

class Database;

// The area's one way to write the bank: every change goes through the repository (revision,
// row version) as the current user, and is announced so that the table, the history and the
// blueprint follow.
class QuestionBankStore : public QObject
{
    Q_OBJECT
public:
    explicit QuestionBankStore(Database& db, QObject* parent = nullptr);

    Database& database() const { return m_db; }
    // The session's user: the repository names them in every revision.
    static QString user();
    std::optional<Question> find(const QString& id) const;
    // Saves `q`, refusing it when the stored row is no longer `expectedRowVersion` (someone
    // else saved meanwhile). Throws UserError / EnvironmentError like the repository.
    Question save(const Question& q, const QString& action, std::optional<int> expectedRowVersion);
    // Many at once, all or none.
    QList<Question> saveAll(const QList<Question>& questions, const QString& action,
                            const QList<std::optional<int>>& expectedRowVersions);
    // Undo/redo: puts back states stored before, as they were.
    QList<Question> restoreAll(const QList<Question>& states, const QString& action,
                               const QList<std::optional<int>>& expectedRowVersions);

    // An undo or redo could not be stored; the area tells the user.
    void reportFailure(const QString& what, const QString& message)
    {
        Q_EMIT changeFailed(what, message);
    }

Q_SIGNALS:
    void questionSaved(const Question& question);
    void changeFailed(const QString& what, const QString& message);

private:
    QList<Question> announced(const QList<Question>& saved);

    Database& m_db;
};
