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
    QString user() const { return m_user; }
    std::optional<Question> find(const QString& id) const;
    // Saves `q`, refusing it when the stored row is no longer `expectedRowVersion` (someone
    // else saved meanwhile). Throws UserError / EnvironmentError like the repository.
    Question save(const Question& q, const QString& action, std::optional<int> expectedRowVersion);
    // Many at once, all or none.
    QList<Question> saveAll(const QList<Question>& questions, const QString& action,
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
    Database& m_db;
    QString m_user;
};
