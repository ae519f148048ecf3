#pragma once

#include "Question.h"

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

    // Writes need Permission::EditQuestions.
    // Adds or updates `q` and records a revision. With `expectedRowVersion`, a stored row of
    // another version (someone else saved it meanwhile) is refused with a UserError. A
    // question that does not validate is refused with its problems. Returns what was stored.
    Question save(const Question& q, const QString& changedBy, const QString& action = QString(),
                  std::optional<int> expectedRowVersion = std::nullopt);
    // Many at once in one transaction (imports); statements prepared once.
    QList<Question> saveAll(const QList<Question>& questions, const QString& changedBy,
                            const QString& action);
    // Moves a question along draft -> reviewed -> approved -> retired (see canMove).
    Question setStatus(const QString& id, Question::Status status, const QString& changedBy);
    static bool canMove(Question::Status from, Question::Status to);

private:
    Database& m_db;
};
