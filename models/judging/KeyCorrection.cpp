#include "KeyCorrection.h"

#include "ResultsLock.h"
#include "ResultsService.h"
#include "TieDecisionRepository.h"
#include "accounts/Authorization.h"
#include "audit/AuditLog.h"
#include "contest/ContestRepository.h"
#include "core/Problem.h"
#include "questions/QuestionRepository.h"
#include "results/RankingEngine.h"
#include "storage/Database.h"
#include "submissions/AnswerKey.h"
#include "submissions/SubmissionStore.h"
#include "units/ExclusionRepository.h"
#include "units/UnitRepository.h"

#include <QHash>
#include <QJsonObject>
#include <QSqlQuery>

#include <algorithm>

namespace {

// The option a stored submission chose for `question` ("" when it did not draw it or left
// it blank), from the compact answers column "Q0001=B;Q0002=;…".
QStringView chosen(QStringView answers, QStringView question)
{
    for (QStringView entry : answers.split(QLatin1Char(';'))) {
        if (entry.size() > question.size() && entry.startsWith(question) &&
            entry.at(question.size()) == QLatin1Char('='))
            return entry.mid(question.size() + 1);
    }
    return {};
}

struct Standing
{
    int rank = 0;
    QString prize;
};

QHash<quint64, Standing> standings(const Results& r)
{
    QHash<quint64, Standing> s;
    for (const IndividualResult& row : r.individual)
        s.insert(row.contestantCode, {row.rank, row.prize});
    return s;
}

} // namespace

KeyCorrection::Plan KeyCorrection::dryRun(const QString& questionId, const QString& newKey)
{
    Authorization::require(m_db, Permission::LockResults);
    return plan(questionId, newKey);
}

KeyCorrection::Plan KeyCorrection::plan(const QString& questionId, const QString& newKey)
{
    const std::optional<Question> q = QuestionRepository(m_db).find(questionId);
    if (!q)
        throw UserError(tr("there is no question %1").arg(questionId));
    const QString key = newKey.trimmed().toUpper();
    QStringList options;
    for (const auto& option : q->options)
        options << option.key;
    if (!options.contains(key)) {
        throw UserError(tr("question %1 has no option %2 (its options: %3)")
                            .arg(questionId, key, options.join(QStringLiteral(", "))));
    }
    if (key == q->correctKey)
        throw UserError(tr("%1 is already the key of question %2").arg(key, questionId));

    Plan plan;
    plan.question = questionId;
    plan.oldKey = q->correctKey;
    plan.newKey = key;

    const ContestSettings settings = ContestRepository(m_db).loadOrDefaults();
    for (const PrizeTier& tier : settings.individualPrizes)
        plan.prizeLabels.insert(tier.key, tier.label.isEmpty() ? tier.key : tier.label);
    SubmissionStore store(m_db);
    store.ensureJudged(settings, AnswerKey::load(m_db));
    const QList<Unit> units = UnitRepository(m_db).list();
    const QList<Exclusion> exclusions = ResultsService::exclusions(m_db);
    const QList<TieDecision> decisions = TieDecisionRepository(m_db).activeDecisions();
    QList<GradedSubmission> graded = store.loadGraded();
    const Results before = RankingEngine::compute(settings, units, exclusions, graded, decisions);

    // Only the question's point moves; validity does not depend on the key.
    QHash<QString, int> delta;
    QSqlQuery answers =
        m_db.exec(QStringLiteral("SELECT id, answers FROM submissions WHERE "
                                 "valid = 1 AND answers LIKE ?"),
                  {QVariant(QStringLiteral("%") + questionId + QStringLiteral("=%"))});
    while (answers.next()) {
        const QString text = answers.value(1).toString();
        const QStringView option = chosen(text, questionId);
        const int d = int(option == key) - int(option == plan.oldKey);
        if (d == 0)
            continue;
        delta.insert(answers.value(0).toString(), d);
        (d > 0 ? plan.gained : plan.lost) += 1;
    }
    for (GradedSubmission& s : graded) {
        const auto it = delta.constFind(s.id);
        if (it != delta.cend())
            s.correct += *it;
    }
    const Results after = RankingEngine::compute(settings, units, exclusions, graded, decisions);

    const QHash<quint64, Standing> was = standings(before);
    const QHash<quint64, Standing> now = standings(after);
    QList<quint64> people = was.keys();
    for (auto it = now.cbegin(); it != now.cend(); ++it) {
        if (!was.contains(it.key()))
            people << it.key();
    }
    for (const quint64 code : std::as_const(people)) {
        const Standing a = was.value(code);
        const Standing b = now.value(code);
        if (a.rank == b.rank && a.prize == b.prize)
            continue;
        Change c;
        c.contestant = IdentityCode::toString(code);
        c.label = after.memberLabel(TieDecision::Scope::Individual, c.contestant);
        c.oldRank = a.rank;
        c.newRank = b.rank;
        c.oldPrize = a.prize;
        c.newPrize = b.prize;
        plan.changes << c;
    }
    std::sort(plan.changes.begin(), plan.changes.end(), [](const Change& x, const Change& y) {
        if (x.prizeChanged() != y.prizeChanged())
            return x.prizeChanged();
        const int rx = x.newRank ? x.newRank : INT_MAX, ry = y.newRank ? y.newRank : INT_MAX;
        return rx != ry ? rx < ry : x.contestant < y.contestant;
    });
    return plan;
}

KeyCorrection::Plan KeyCorrection::apply(const QString& questionId, const QString& newKey)
{
    Authorization::require(m_db, Permission::LockResults);
    if (ResultsLock(m_db).current()) {
        throw UserError(tr("the results are locked: unlock them first, with a reason "
                           "(contestctl results unlock --reason TEXT), then correct the key"));
    }
    Plan result;
    m_db.transaction([&] {
        result = plan(questionId, newKey);
        QuestionRepository(m_db).correctKey(questionId, result.newKey);
        AuditLog(m_db).append(
            QStringLiteral("question.rekey"), questionId,
            QJsonObject{{QStringLiteral("answer"), result.oldKey}},
            QJsonObject{{QStringLiteral("answer"), result.newKey},
                        {QStringLiteral("gained"), result.gained},
                        {QStringLiteral("lost"), result.lost},
                        {QStringLiteral("prize_changes"),
                         int(std::count_if(result.changes.cbegin(), result.changes.cend(),
                                           [](const Change& c) { return c.prizeChanged(); }))}});
        SubmissionStore(m_db).ensureJudged(ContestRepository(m_db).loadOrDefaults(),
                                           AnswerKey::load(m_db));
    });
    return result;
}
