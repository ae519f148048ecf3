#include "QuestionBankStore.h"

#include "questions/QuestionRepository.h"
#include "storage/Database.h"

QuestionBankStore::QuestionBankStore(Database& db, QObject* parent)
    : QObject(parent), m_db(db),
      m_user(
          qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME", QStringLiteral("desktop"))))
{
}

std::optional<Question> QuestionBankStore::find(const QString& id) const
{
    return QuestionRepository(m_db).find(id);
}

Question QuestionBankStore::save(const Question& q, const QString& action,
                                 std::optional<int> expectedRowVersion)
{
    const Question saved = QuestionRepository(m_db).save(q, m_user, action, expectedRowVersion);
    Q_EMIT questionSaved(saved);
    return saved;
}

QList<Question> QuestionBankStore::saveAll(const QList<Question>& questions, const QString& action,
                                           const QList<std::optional<int>>& expectedRowVersions)
{
    QList<Question> saved;
    m_db.transaction([&] {
        QuestionRepository repository(m_db);
        for (int i = 0; i < questions.size(); ++i)
            saved << repository.save(questions.at(i), m_user, action, expectedRowVersions.value(i));
    });
    // Announced only once everything is stored: a rolled-back batch changes nothing.
    for (const Question& q : saved)
        Q_EMIT questionSaved(q);
    return saved;
}
