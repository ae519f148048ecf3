#include "QuestionBankStore.h"

#include "audit/AuditLog.h"
#include "questions/QuestionRepository.h"
#include "storage/Database.h"

QuestionBankStore::QuestionBankStore(Database& db, QObject* parent)
    : QObject(parent), m_db(db)
{
}

std::optional<Question> QuestionBankStore::find(const QString& id) const
{
    return QuestionRepository(m_db).find(id);
}

Question QuestionBankStore::save(const Question& q, const QString& action,
                                 std::optional<int> expectedRowVersion)
{
    const Question saved = QuestionRepository(m_db).save(q, action, expectedRowVersion);
    Q_EMIT questionSaved(saved);
    return saved;
}

QList<Question> QuestionBankStore::saveAll(const QList<Question>& questions, const QString& action,
                                           const QList<std::optional<int>>& expectedRowVersions)
{
    return announced(QuestionRepository(m_db).saveAll(questions, action, expectedRowVersions));
}

QList<Question> QuestionBankStore::restoreAll(const QList<Question>& states, const QString& action,
                                              const QList<std::optional<int>>& expectedRowVersions)
{
    return announced(QuestionRepository(m_db).restoreAll(states, action, expectedRowVersions));
}

QString QuestionBankStore::user()
{
    return AuditLog::currentUser();
}

QList<Question> QuestionBankStore::announced(const QList<Question>& saved)
{
    // Announced only once everything is stored: a rolled-back batch changes nothing.
    for (const Question& q : saved)
        Q_EMIT questionSaved(q);
    return saved;
}
