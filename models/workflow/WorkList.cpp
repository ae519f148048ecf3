#include "WorkList.h"

#include <QLocale>

#include "contest/ContestRepository.h"
#include "core/Problem.h"
#include "judging/ResultsLock.h"
#include "judging/ResultsService.h"
#include "questions/QuestionRepository.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

WorkList::Area WorkList::landing(Role role)
{
    switch (role) {
    case Role::Author:
        return Area::QuestionBank;
    case Role::Judge:
        return Area::Results;
    case Role::Secretary:
        return Area::Printing;
    case Role::Committee:
        break;
    }
    return Area::Contest;
}

WorkList::State WorkList::read(Database& db)
{
    State s;
    const QHash<QString, int> questions = QuestionRepository(db).countByStatus();
    s.draftQuestions = questions.value(Question::statusName(Question::Status::Draft));
    s.reviewedQuestions = questions.value(Question::statusName(Question::Status::Reviewed));
    s.approvedQuestions = questions.value(Question::statusName(Question::Status::Approved));
    QSqlQuery count = db.exec(QStringLiteral("SELECT count(*) FROM submissions"));
    s.submissions = count.next() ? count.value(0).toLongLong() : 0;
    const ContestSettings settings = ContestRepository(db).loadOrDefaults();
    s.windowClosed = QDateTime::currentMSecsSinceEpoch() > settings.closesAt.utcMs;

    if (const std::optional<ResultsSnapshot> snapshot = ResultsLock(db).current()) {
        s.locked = true;
        for (const QJsonValue& v : snapshot->json().value(QStringLiteral("individual")).toArray()) {
            const QJsonObject row = v.toObject();
            s.prizes += row.value(QStringLiteral("prize")).isString() ? 1 : 0;
            s.certificates += row.value(QStringLiteral("eligible")).toBool() &&
                                      row.value(QStringLiteral("correct")).toInt() >=
                                          settings.certificateMinCorrect
                                  ? 1
                                  : 0;
        }
    } else if (s.submissions > 0) {
        try { // the ranking is not everyone's to see (an author's list has no ties anyway)
            s.undecidedTies = int(ResultsService(db).computeLive().unresolvedTies.size());
        } catch (const UserError&) {
        }
    }
    return s;
}

QList<WorkList::Item> WorkList::items(const State& s, Role role)
{
    QList<Item> out;
    const bool committee = role == Role::Committee;
    if (committee || role == Role::Author) {
        if (s.draftQuestions > 0)
            out << Item{tr("%Ln question(s) in draft wait for review", nullptr, s.draftQuestions),
                        Area::QuestionBank};
        if (s.reviewedQuestions > 0)
            out << Item{
                tr("%Ln reviewed question(s) wait for approval", nullptr, s.reviewedQuestions),
                Area::QuestionBank};
    }
    if (committee) {
        if (s.approvedQuestions == 0) {
            out << Item{tr("Approve questions for the bank: the contest cannot be published "
                           "without them"),
                        Area::QuestionBank};
        } else if (s.submissions == 0) {
            out << Item{tr("Publish the contest to the online server, then pull the "
                           "submissions"),
                        Area::OnlineServer};
        } else if (!s.locked && !s.windowClosed) {
            out << Item{tr("The contest is open: pull the new submissions from the online "
                           "server"),
                        Area::OnlineServer};
        }
    }
    if (!s.locked && s.submissions > 0) {
        if (s.undecidedTies > 0 && (committee || role == Role::Judge || role == Role::Secretary)) {
            out << Item{role == Role::Judge
                            ? tr("%Ln tie(s) at a prize boundary wait for your decision", nullptr,
                                 s.undecidedTies)
                            : tr("%Ln tie(s) at a prize boundary wait for the judges (Ban Giám "
                                 "khảo)",
                                 nullptr, s.undecidedTies),
                        Area::Results};
        }
        if (s.undecidedTies == 0 && s.windowClosed && (committee || role == Role::Secretary)) {
            out << Item{committee ? tr("The contest has closed: lock the results so that the "
                                       "certificates can be printed")
                                  : tr("The results are not locked yet: the committee (Ban Tổ "
                                       "chức) locks them, then you can print"),
                        Area::Results};
        }
    }
    if (!s.locked && !s.windowClosed && role == Role::Secretary) {
        out << Item{tr("The contest is still open: certificates are printed once it has closed "
                       "and the committee (Ban Tổ chức) has locked the results"),
                    Area::Printing};
    }
    if (s.locked && (committee || role == Role::Secretary)) {
        out << Item{tr("Results locked: %Ln certificate(s) and the award list of %1 prize(s) are "
                       "ready to print",
                       nullptr, s.certificates)
                        .arg(QLocale().toString(s.prizes)),
                    Area::Printing};
    }
    if (out.isEmpty())
        out << Item{tr("Nothing waits for you now."), landing(role)};
    return out;
}

QList<WorkList::Item> WorkList::forRole(Database& db, Role role)
{
    return items(read(db), role);
}
