#include "PackageBuilder.h"

#include "accounts/Authorization.h"
#include "contest/BlueprintCheck.h"
#include "contest/ContestRepository.h"
#include "questions/QuestionRepository.h"
#include "units/UnitRepository.h"

#include <QJsonArray>

Problems PackageBuilder::problems() const
{
    Problems problems;
    const std::optional<ContestSettings> stored = ContestRepository(m_db).load();
    if (!stored) {
        problems << Problem{QStringLiteral("contest"),
                            tr("no contest settings are stored: run contestctl contest set first")};
        return problems;
    }
    const ContestSettings& s = *stored;
    problems << s.validate(); // includes the window: closes_at after opens_at
    if (s.code.trimmed().isEmpty())
        problems << Problem{QStringLiteral("code"), tr("the contest has no code")};
    if (s.predictionQuestion.trimmed().isEmpty())
        problems << Problem{QStringLiteral("prediction_question"),
                            tr("the package needs the prediction question")};
    problems << BlueprintCheck::problems(BlueprintCheck::check(m_db, s));
    if (UnitRepository(m_db).count() == 0)
        problems << Problem{QStringLiteral("units"),
                            tr("no units: import them first (contestctl units import)")};
    return problems;
}

QJsonObject PackageBuilder::build() const
{
    Authorization::require(m_db, Permission::PublishAndSync);
    const Problems found = problems();
    if (!found.isEmpty())
        throw UserError(found);
    const ContestSettings s = ContestRepository(m_db).loadOrDefaults();

    QJsonArray blueprint;
    for (const BlueprintEntry& e : s.blueprint)
        blueprint << QJsonObject{{QStringLiteral("topic"), e.topic},
                                 {QStringLiteral("count"), e.count}};
    QJsonArray units;
    for (const Unit& u : UnitRepository(m_db).list())
        units << QJsonObject{{QStringLiteral("code"), u.code}, {QStringLiteral("name"), u.name}};
    QJsonArray questions;
    QuestionFilter approved;
    approved.status = Question::Status::Approved;
    for (const Question& q : QuestionRepository(m_db).list(approved)) {
        QJsonArray options;
        for (const QuestionOption& o : q.options)
            options << QJsonObject{{QStringLiteral("key"), o.key},
                                   {QStringLiteral("text"), o.text}};
        questions << QJsonObject{{QStringLiteral("id"), q.id},
                                 {QStringLiteral("topic"), q.topic},
                                 {QStringLiteral("text"), q.text},
                                 {QStringLiteral("options"), options},
                                 {QStringLiteral("answer"), q.correctKey}};
    }
    QJsonObject package{{QStringLiteral("code"), s.code},
                       {QStringLiteral("title"), s.title},
                       // Extensions the contest site shows and enforces (contest-site.md).
                       {QStringLiteral("organizer"), s.organizer},
                       {QStringLiteral("attempts_max"), s.maxAttempts},
                       {QStringLiteral("opens_at"), s.opensAt.toString()},
                       {QStringLiteral("closes_at"), s.closesAt.toString()},
                       {QStringLiteral("questions_per_attempt"), s.questionsPerAttempt},
                       {QStringLiteral("blueprint"), blueprint},
                       {QStringLiteral("prediction_question"), s.predictionQuestion},
                       {QStringLiteral("units"), units},
                       {QStringLiteral("questions"), questions}};
    if (!s.rules.isEmpty()) // the contest site shows it as thể lệ (contest-site.md)
        package.insert(QStringLiteral("rules"), s.rules);
    return package;
}
