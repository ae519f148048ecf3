#include "DemoContest.h"

#include "SubmissionGenerator.h"
#include "contest/ContestRepository.h"
#include "contest/ContestSettingsJson.h"
#include "questions/QuestionImporter.h"
#include "questions/QuestionRepository.h"
#include "storage/Database.h"
#include "submissions/SubmissionImporter.h"
#include "units/ExclusionImporter.h"
#include "units/UnitImporter.h"
#include "units/UnitRepository.h"

#include <QFile>
#include <QSet>

#include <algorithm>

namespace {
QByteArray resource(const QString& name)
{
    QFile f(QStringLiteral(":/data/demo/") + name);
    if (!f.open(QIODevice::ReadOnly))
        throw EnvironmentError(QStringLiteral("missing built-in demo file %1").arg(name));
    return f.readAll();
}
// One question of the demo carries a wrong key, as if its author had typed the wrong
// letter: people answer it by the true key (the generator read the bank before), so
// `questions stats` puts it on top with a negative discrimination and `questions rekey`
// has something to correct. A question no planted submission drew, so the planted tie
// stays a tie.
void plantWrongKey(Database& db, const QSet<QString>& avoid)
{
    QList<Question> bank = QuestionRepository(db).list();
    std::sort(bank.begin(), bank.end(),
              [](const Question& a, const Question& b) { return a.id < b.id; });
    for (const Question& q : std::as_const(bank)) {
        if (q.status != Question::Status::Approved || avoid.contains(q.id) || q.options.size() < 2)
            continue;
        QString wrong;
        for (const QuestionOption& o : q.options) {
            if (o.key != q.correctKey) {
                wrong = o.key;
                break;
            }
        }
        db.exec(QStringLiteral("UPDATE questions SET correct_key = ? WHERE id = ?"), {wrong, q.id});
        return;
    }
}
} // namespace

namespace DemoContest {

void populate(Database& db, int people)
{
    db.transaction([&] {
        const ContestSettings settings = ContestSettingsJson::fromBytes(
            resource(QStringLiteral("contest.json")), QStringLiteral("contest.json"),
            ContestSettings::defaults());
        ContestRepository(db).save(settings);
        UnitImporter units(db);
        units.apply(units.planFromBytes(resource(QStringLiteral("units.csv")),
                                        QStringLiteral("units.csv")));
        ExclusionImporter exclusions(db);
        exclusions.apply(exclusions.planFromBytes(resource(QStringLiteral("exclusions.csv")),
                                                  QStringLiteral("exclusions.csv")));

        // The bank, written for the demo, reviewed and approved as the committee would.
        QuestionImporter questions(db);
        QuestionImportOptions options;
        options.author = QStringLiteral("Tổ Soạn thảo đề thi");
        questions.apply(questions.planFromBytes(resource(QStringLiteral("questions.csv")),
                                                QStringLiteral("questions.csv"), options));
        QuestionRepository bank(db);
        for (const Question& q : bank.list()) {
            if (q.status == Question::Status::Draft)
                bank.setStatus(q.id, Question::Status::Reviewed);
            bank.setStatus(q.id, Question::Status::Approved);
        }

        // Submissions over the window, with one tie at the boundary of the third prize
        // for the judges to decide; stored as they are made, in batches (a million
        // submissions held as JSON objects would take some 20 GB).
        if (people > 0) {
            const std::unique_ptr<SubmissionGenerator> generator = submissionGenerator(db);
            plantWrongKey(db, generator->plantedQuestions());
            SubmissionImporter importer(db);
            generator->generateInBatches(people, [&](const QList<QJsonObject>& batch) {
                importer.importItems(batch, QStringLiteral("demo"));
            });
            // A few cases for the judges' page, after everyone else.
            importer.importItems(generator->integrityCases(), QStringLiteral("demo"));
        }
    });
}

std::unique_ptr<SubmissionGenerator> submissionGenerator(Database& db)
{
    SubmissionGenerator::Bank drawable;
    for (const Question& q : QuestionRepository(db).list()) {
        if (q.status != Question::Status::Approved)
            continue;
        drawable.approvedByTopic[q.topic] << q.id;
        drawable.correct.insert(q.id, q.correctKey);
        QString keys;
        for (const QuestionOption& o : q.options)
            keys += o.key;
        drawable.options.insert(q.id, keys);
    }
    auto generator = std::make_unique<SubmissionGenerator>(
        ContestRepository(db).loadOrDefaults(), UnitRepository(db).list(), drawable, 20240601);
    generator->plantBoundaryTie(5);
    return generator;
}

} // namespace DemoContest
