#pragma once

#include "Question.h"
#include "QuestionReview.h"

#include <QHash>
#include <QList>

#include <optional>

class Database;

// One entry of a question's history: who changed it, when, and what it was before and after.
struct QuestionRevision
{
    qint64 id = 0;
    QString questionId;
    QString changedAt;
    QString changedBy;
    QString action;     // "create", "update", "import: bank.gift", "status: approved"
    QJsonObject before; // empty for the creation
    QJsonObject after;
};

struct QuestionFilter
{
    QString topic; // empty: all
    std::optional<Question::Status> status;
};

class QuestionRepository
{
    Q_DECLARE_TR_FUNCTIONS(QuestionRepository)
public:
    explicit QuestionRepository(Database& db) : m_db(db) {}

    // Reads give the answer key (correctKey, a revision's "answer") and the explanation
    // that gives it away only to whom Authorization::canSeeAnswerKeys allows; others get
    // both empty.
    QList<Question> list(const QuestionFilter& filter = {}) const; // by id
    std::optional<Question> find(const QString& id) const;
    // For exports and the booklet with answers: refuses (UserError) whoever may not export
    // the bank or see its keys, instead of handing out a bank without answers.
    QList<Question> listWithAnswerKeys(const QuestionFilter& filter = {}) const;
    int count(const QuestionFilter& filter = {}) const;
    QHash<QString, int> countByTopic(std::optional<Question::Status> status = std::nullopt) const;
    QHash<QString, int> countByStatus() const;                  // keyed by status name
    QList<QuestionRevision> revisions(const QString& id) const; // oldest first

    // Writes need Permission::EditQuestions. Every write follows the review rules of
    // QuestionReview and its revision names the session's user (AuditLog::currentUser(),
    // the account that is logged in, as the audit log names it).
    // Adds or updates `q` and records a revision. With `expectedRowVersion`, a stored row of
    // another version (someone else saved it meanwhile) is refused with a UserError. A
    // question that does not validate is refused with its problems. Returns what was stored.
    Question save(const Question& q, const QString& action = QString(),
                  std::optional<int> expectedRowVersion = std::nullopt);
    // Many at once in one transaction (imports, the bank's buttons), all or none;
    // statements prepared once. `expectedRowVersions` pairs with `questions` when given.
    QList<Question> saveAll(const QList<Question>& questions, const QString& action,
                            const QList<std::optional<int>>& expectedRowVersions = {});
    // Undo and redo: puts back states this repository stored before, exactly (status and
    // reviewer included), still checking the row versions.
    QList<Question> restoreAll(const QList<Question>& states, const QString& action,
                               const QList<std::optional<int>>& expectedRowVersions);
    // Moves a question along draft -> reviewed -> approved -> retired (see canMove).
    Question setStatus(const QString& id, Question::Status status);
    // The committee's key correction (KeyCorrection) is itself the review: the question
    // keeps its status.
    Question correctKey(const QString& id, const QString& key);
    static bool canMove(Question::Status from, Question::Status to);

    // The ID a new question of `topic` gets: the next number after the bank's highest.
    QString nextId(const QString& topic) const;
    // Every stored ID noted, for an import that numbers many.
    QuestionNumbering numbering() const;

private:
    Database& m_db;
};
