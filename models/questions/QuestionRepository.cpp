#include "QuestionRepository.h"


#include "accounts/Authorization.h"
#include "audit/AuditLog.h"
#include "collab/LastChange.h"
#include "contest/TopicRepository.h"
#include "core/Rfc3339.h"
#include "storage/Database.h"

#include <QJsonDocument>

namespace {

const char* const kColumns =
    "SELECT id, topic, title, text, correct_key, difficulty, legal_source, "
    "explanation, status, author, reviewer, created_at, updated_at, "
    "row_version FROM questions";

Question questionFrom(const QSqlQuery& q)
{
    Question r;
    r.id = q.value(0).toString();
    r.topic = q.value(1).toString();
    r.title = q.value(2).toString();
    r.text = q.value(3).toString();
    r.correctKey = q.value(4).toString();
    r.difficulty =
        Question::difficultyFromName(q.value(5).toString()).value_or(Question::Difficulty::Medium);
    r.legalSource = q.value(6).toString();
    r.explanation = q.value(7).toString();
    r.status = Question::statusFromName(q.value(8).toString()).value_or(Question::Status::Draft);
    r.author = q.value(9).toString();
    r.reviewer = q.value(10).toString();
    r.createdAt = q.value(11).toString();
    r.updatedAt = q.value(12).toString();
    r.rowVersion = q.value(13).toInt();
    return r;
}

QString where(const QuestionFilter& f, QVariantList& binds)
{
    QStringList conditions;
    if (!f.topic.isEmpty()) {
        conditions << QStringLiteral("topic = ?");
        binds << f.topic;
    }
    if (f.status) {
        conditions << QStringLiteral("status = ?");
        binds << Question::statusName(*f.status);
    }
    return conditions.isEmpty()
               ? QString()
               : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

// Local time with its offset: the committee reads the history in Vietnam time.
QString now()
{
    return Timestamp::fromDateTime(QDateTime::currentDateTime()).toString();
}

QString toJsonText(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// Whether a save is a change (the review rules apply) or puts back a stored state.
enum class Review
{
    Apply,
    Keep
};

// The statements of one save, prepared once per batch.
struct Writer
{
    explicit Writer(Database& db)
        : db(db), findOne(db.prepare(QLatin1String(kColumns) + QStringLiteral(" WHERE id = ?"))),
          findOptions(db.prepare(QStringLiteral("SELECT option_key, text FROM question_options "
                                                "WHERE question_id = ? ORDER BY option_key"))),
          insert(db.prepare(QStringLiteral(
              "INSERT INTO questions (id, topic, title, text, correct_key, difficulty, "
              "legal_source, "
              "explanation, status, author, reviewer, created_at, updated_at, row_version) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"))),
          update(db.prepare(QStringLiteral("UPDATE questions SET topic = ?, title = ?, text = ?, "
                                           "correct_key = ?, difficulty = ?, "
                                           "legal_source = ?, explanation = ?, status = ?, author "
                                           "= ?, reviewer = ?, updated_at = ?, "
                                           "row_version = row_version + 1 WHERE id = ? AND row_version = ?"))),
          deleteOptions(
              db.prepare(QStringLiteral("DELETE FROM question_options WHERE question_id = ?"))),
          insertOption(db.prepare(QStringLiteral(
              "INSERT INTO question_options (question_id, option_key, text) VALUES (?, ?, ?)"))),
          insertRevision(
              db.prepare(QStringLiteral("INSERT INTO question_revisions (question_id, changed_at, "
                                        "changed_by, action, before_json, after_json) "
                                        "VALUES (?, ?, ?, ?, ?, ?)")))
    {
    }

    [[noreturn]] void refuse(const QString& id)
    {
        throw UserError(LastChange::refusal(QuestionRepository::tr("Question %1").arg(id),
                                            LastChange::ofQuestion(db, id)));
    }

    std::optional<Question> find(const QString& id)
    {
        findOne.addBindValue(id);
        db.execPrepared(findOne);
        if (!findOne.next())
            return std::nullopt;
        Question q = questionFrom(findOne);
        findOne.finish();
        findOptions.addBindValue(id);
        db.execPrepared(findOptions);
        while (findOptions.next())
            q.options << QuestionOption{findOptions.value(0).toString(),
                                        findOptions.value(1).toString()};
        findOptions.finish();
        return q;
    }

    Question save(Question q, const QString& action, std::optional<int> expectedRowVersion,
                  const QStringList& topics, Review review = Review::Apply)
    {
        const QString changedBy = AuditLog::currentUser();
        q.normalize();
        const Problems problems = q.validate(QString(), topics);
        if (!problems.isEmpty())
            throw UserError(problems);
        const std::optional<Question> before = find(q.id);
        if (expectedRowVersion && (before ? before->rowVersion : 0) != *expectedRowVersion)
            refuse(q.id);
        if (review == Review::Apply)
            q = QuestionReview::applied(before, q, changedBy);
        const QString stamp = now();
        q.updatedAt = stamp;
        if (before) {
            q.createdAt = before->createdAt;
            q.rowVersion = before->rowVersion + 1;
            for (const QVariant& v :
                 {QVariant(q.topic), QVariant(q.title), QVariant(q.text), QVariant(q.correctKey),
                  QVariant(Question::difficultyName(q.difficulty)), QVariant(q.legalSource),
                  QVariant(q.explanation), QVariant(Question::statusName(q.status)),
                  QVariant(q.author), QVariant(q.reviewer), QVariant(stamp), QVariant(q.id),
                  QVariant(before->rowVersion)})
                update.addBindValue(v);
            db.execPrepared(update);
            // On PostgreSQL a save racing this one may commit between our read and our write.
            if (update.numRowsAffected() != 1)
                refuse(q.id);
        } else {
            q.createdAt = stamp;
            q.rowVersion = 1;
            for (const QVariant& v :
                 {QVariant(q.id), QVariant(q.topic), QVariant(q.title), QVariant(q.text),
                  QVariant(q.correctKey), QVariant(Question::difficultyName(q.difficulty)),
                  QVariant(q.legalSource), QVariant(q.explanation),
                  QVariant(Question::statusName(q.status)), QVariant(q.author),
                  QVariant(q.reviewer), QVariant(stamp), QVariant(stamp)})
                insert.addBindValue(v);
            db.execPrepared(insert);
        }
        deleteOptions.addBindValue(q.id);
        db.execPrepared(deleteOptions);
        for (const QuestionOption& o : q.options) {
            insertOption.addBindValue(q.id);
            insertOption.addBindValue(o.key);
            insertOption.addBindValue(o.text);
            db.execPrepared(insertOption);
        }
        insertRevision.addBindValue(q.id);
        insertRevision.addBindValue(stamp);
        insertRevision.addBindValue(changedBy);
        insertRevision.addBindValue(
            action.isEmpty() ? (before ? QStringLiteral("update") : QStringLiteral("create"))
                             : action);
        insertRevision.addBindValue(before ? QVariant(toJsonText(before->toJson()))
                                           : QVariant(QMetaType::fromType<QString>()));
        insertRevision.addBindValue(toJsonText(q.toJson()));
        db.execPrepared(insertRevision);
        return q;
    }

    Database& db;
    QSqlQuery findOne, findOptions, insert, update, deleteOptions, insertOption, insertRevision;
};

// Who may not see answer keys gets the questions without them, and revisions without
// their "answer": the bank stays readable, the key does not leak through any read. The
// explanation goes with the key: it says why the right option is right (issue 13).
void hideAnswer(Question& q)
{
    q.correctKey.clear();
    q.explanation.clear();
}

void hideAnswer(QJsonObject& revisionSide)
{
    for (const QString field : {QStringLiteral("answer"), QStringLiteral("explanation")}) {
        if (revisionSide.contains(field))
            revisionSide.insert(field, QString());
    }
}

} // namespace

QList<Question> QuestionRepository::list(const QuestionFilter& filter) const
{
    QVariantList binds;
    const QString condition = where(filter, binds);
    QList<Question> questions;
    QHash<QString, int> index;
    QSqlQuery q =
        m_db.exec(QLatin1String(kColumns) + condition + QStringLiteral(" ORDER BY id"), binds);
    while (q.next()) {
        index.insert(q.value(0).toString(), questions.size());
        questions << questionFrom(q);
    }
    QSqlQuery o =
        m_db.exec(QStringLiteral("SELECT question_id, option_key, text FROM question_options "
                                 "ORDER BY question_id, option_key"));
    while (o.next()) {
        const auto it = index.constFind(o.value(0).toString());
        if (it != index.cend())
            questions[*it].options << QuestionOption{o.value(1).toString(), o.value(2).toString()};
    }
    if (!Authorization::canSeeAnswerKeys(m_db)) {
        for (Question& question : questions)
            hideAnswer(question);
    }
    return questions;
}

QList<Question> QuestionRepository::listWithAnswerKeys(const QuestionFilter& filter) const
{
    Authorization::require(m_db, Permission::TransferQuestions);
    Authorization::requireAnswerKeys(m_db);
    return list(filter);
}

std::optional<Question> QuestionRepository::find(const QString& id) const
{
    QSqlQuery q = m_db.exec(QLatin1String(kColumns) + QStringLiteral(" WHERE id = ?"), {id});
    if (!q.next())
        return std::nullopt;
    Question found = questionFrom(q);
    QSqlQuery o = m_db.exec(QStringLiteral("SELECT option_key, text FROM question_options WHERE "
                                           "question_id = ? ORDER BY option_key"),
                            {id});
    while (o.next())
        found.options << QuestionOption{o.value(0).toString(), o.value(1).toString()};
    if (!Authorization::canSeeAnswerKeys(m_db))
        hideAnswer(found);
    return found;
}

int QuestionRepository::count(const QuestionFilter& filter) const
{
    QVariantList binds;
    const QString condition = where(filter, binds);
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT count(*) FROM questions") + condition, binds);
    return q.next() ? q.value(0).toInt() : 0;
}

QHash<QString, int> QuestionRepository::countByTopic(std::optional<Question::Status> status) const
{
    QVariantList binds;
    const QString condition = where(QuestionFilter{QString(), status}, binds);
    QHash<QString, int> counts;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT topic, count(*) FROM questions") + condition +
                                QStringLiteral(" GROUP BY topic"),
                            binds);
    while (q.next())
        counts.insert(q.value(0).toString(), q.value(1).toInt());
    return counts;
}

QHash<QString, int> QuestionRepository::countByStatus() const
{
    QHash<QString, int> counts;
    QSqlQuery q =
        m_db.exec(QStringLiteral("SELECT status, count(*) FROM questions GROUP BY status"));
    while (q.next())
        counts.insert(q.value(0).toString(), q.value(1).toInt());
    return counts;
}

QList<QuestionRevision> QuestionRepository::revisions(const QString& id) const
{
    QList<QuestionRevision> list;
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT id, question_id, changed_at, changed_by, action, before_json, "
                       "after_json FROM question_revisions WHERE question_id = ? ORDER BY id"),
        {id});
    while (q.next()) {
        QuestionRevision r;
        r.id = q.value(0).toLongLong();
        r.questionId = q.value(1).toString();
        r.changedAt = q.value(2).toString();
        r.changedBy = q.value(3).toString();
        r.action = q.value(4).toString();
        r.before = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
        r.after = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
        list << r;
    }
    if (!Authorization::canSeeAnswerKeys(m_db)) {
        for (QuestionRevision& r : list) {
            hideAnswer(r.before);
            hideAnswer(r.after);
        }
    }
    return list;
}

Question QuestionRepository::save(const Question& q, const QString& action,
                                  std::optional<int> expectedRowVersion)
{
    return saveAll({q}, action, {expectedRowVersion}).constFirst();
}

namespace {

QList<Question> write(Database& db, const QList<Question>& questions, const QString& action,
                      const QList<std::optional<int>>& expectedRowVersions, Review review)
{
    Authorization::require(db, Permission::EditQuestions);
    QList<Question> saved;
    const QStringList topics = TopicRepository(db).codes();
    db.transaction([&] {
        Writer writer(db);
        for (int i = 0; i < questions.size(); ++i)
            saved << writer.save(questions.at(i), action, expectedRowVersions.value(i), topics,
                                 review);
    });
    return saved;
}

} // namespace

QList<Question> QuestionRepository::saveAll(const QList<Question>& questions,
                                            const QString& action,
                                            const QList<std::optional<int>>& expectedRowVersions)
{
    return write(m_db, questions, action, expectedRowVersions, Review::Apply);
}

QList<Question> QuestionRepository::restoreAll(const QList<Question>& states,
                                               const QString& action,
                                               const QList<std::optional<int>>& expectedRowVersions)
{
    return write(m_db, states, action, expectedRowVersions, Review::Keep);
}

bool QuestionRepository::canMove(Question::Status from, Question::Status to)
{
    return QuestionReview::canMove(from, to);
}

namespace {

// A stored question as it is, answer key included whoever reads: the change is applied
// to the stored row, not to what the reader may see.
Question stored(Database& db, const QString& id)
{
    std::optional<Question> q = Writer(db).find(id);
    if (!q)
        throw UserError(QuestionRepository::tr("question %1: no such question").arg(id));
    return *q;
}

} // namespace

Question QuestionRepository::setStatus(const QString& id, Question::Status status)
{
    Authorization::require(m_db, Permission::EditQuestions);
    Question saved;
    m_db.transaction([&] {
        Question q = stored(m_db, id);
        if (q.status == status) {
            saved = q;
            return;
        }
        q.status = status;
        saved = save(q, QStringLiteral("status: %1").arg(Question::statusName(status)),
                     q.rowVersion);
    });
    return saved;
}

Question QuestionRepository::correctKey(const QString& id, const QString& key)
{
    Authorization::require(m_db, Permission::EditQuestions);
    Question saved;
    m_db.transaction([&] {
        Question q = stored(m_db, id);
        q.correctKey = key;
        saved = restoreAll({q}, QStringLiteral("rekey"), {q.rowVersion}).constFirst();
    });
    return saved;
}

QuestionNumbering QuestionRepository::numbering() const
{
    QuestionNumbering numbering;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id FROM questions"));
    while (q.next())
        numbering.note(q.value(0).toString());
    return numbering;
}

QString QuestionRepository::nextId(const QString& topic) const
{
    return numbering().next(topic);
}
