#include "CtlCommands.h"

#include "judging/KeyCorrection.h"
#include "questions/QuestionExporter.h"
#include "questions/QuestionImporter.h"
#include "questions/QuestionRepository.h"
#include "statistics/QuestionStats.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

namespace {

// The context of contestctl's question-bank messages, translatable like the core's.
class QuestionCommands
{
    Q_DECLARE_TR_FUNCTIONS(QuestionCommands)
};

QuestionFormat formatFor(const QString& option, const QString& file)
{
    const std::optional<QuestionFormat> f =
        option.isEmpty() ? QuestionFormats::fromFileName(file) : QuestionFormats::fromName(option);
    if (!f) {
        throw UserError(
            option.isEmpty()
                ? QuestionCommands::tr(
                      "%1: cannot tell the format from the extension (.txt Aiken, .gift, .xml, "
                      ".csv); use --format %2")
                      .arg(file, QuestionFormats::names().join(QLatin1Char('|')))
                : QuestionCommands::tr("unknown format '%1'; use one of %2")
                      .arg(option, QuestionFormats::names().join(QStringLiteral(", "))));
    }
    return *f;
}

std::optional<Question::Status> statusOption(const QString& value)
{
    if (value.isEmpty())
        return std::nullopt;
    const auto s = Question::statusFromName(value);
    if (!s)
        throw UserError(QuestionCommands::tr("unknown status '%1'; use one of %2")
                            .arg(value, Question::statusNames().join(QStringLiteral(", "))));
    return s;
}

QString changeName(ImportChange change)
{
    switch (change) {
    case ImportChange::Added:
        return QuestionCommands::tr("added");
    case ImportChange::Updated:
        return QuestionCommands::tr("updated");
    case ImportChange::Unchanged:
        return QuestionCommands::tr("unchanged");
    }
    return QString();
}

int runImport(CtlContext& ctx)
{
    const QString formatName = ctx.takeOption(QStringLiteral("--format"));
    const bool skipInvalid = ctx.takeFlag(QStringLiteral("--skip-invalid"));
    const bool dryRun = ctx.takeFlag(QStringLiteral("--dry-run"));
    QuestionImportOptions options;
    options.author = ctx.takeOption(QStringLiteral("--author"));
    options.defaultTopic = ctx.takeOption(QStringLiteral("--topic"));
    const QString file =
        ctx.positionals(1, QStringLiteral("questions import FILE [--format F] [--skip-invalid] "
                                          "[--author NAME] [--topic T] [--dry-run]"))
            .first();
    options.format = formatFor(formatName, file);
    QuestionImporter importer(ctx.openExisting());
    const QuestionImportPlan plan = importer.plan(file, options);
    for (const SkippedItem& s : plan.skipped) {
        ctx.out() << QuestionCommands::tr("%1:%2: skipped %3 '%4': %5\n")
                         .arg(plan.fileName)
                         .arg(s.line)
                         .arg(s.type, s.name, s.reason);
    }
    if (!plan.canApply(skipInvalid)) {
        ctx.out().flush();
        throw UserError(QuestionCommands::tr("%1: nothing imported, %n problem(s):\n%2%3", nullptr,
                                             static_cast<int>(plan.problems.size()))
                            .arg(plan.fileName, joinProblems(plan.problems),
                                 plan.fatal ? QString()
                                            : QuestionCommands::tr(
                                                  "\n(--skip-invalid imports the valid questions "
                                                  "and lists the rest)")));
    }
    if (dryRun) {
        // The preview: what each question would do, nothing written.
        for (const QuestionImportRow& r : plan.rows) {
            ctx.out() << QuestionCommands::tr("%1:%2: %3 %4\n")
                             .arg(plan.fileName)
                             .arg(r.line)
                             .arg(r.question.id, changeName(r.change));
        }
    } else {
        importer.apply(plan, skipInvalid);
    }
    for (const Problem& p : plan.problems)
        ctx.out() << QuestionCommands::tr("not imported: %1\n").arg(p.toString());
    ctx.out() << QuestionCommands::tr(
                     "%1: %2 imported, %3 updated, %4 unchanged, %5 skipped, %6 invalid\n")
                     .arg(plan.fileName)
                     .arg(plan.count(ImportChange::Added))
                     .arg(plan.count(ImportChange::Updated))
                     .arg(plan.count(ImportChange::Unchanged))
                     .arg(plan.skipped.size())
                     .arg(plan.problems.size());
    return 0;
}

int runExport(CtlContext& ctx)
{
    const QString formatName = ctx.takeOption(QStringLiteral("--format"));
    QuestionFilter filter;
    filter.topic = ctx.takeOption(QStringLiteral("--topic"));
    filter.status = statusOption(ctx.takeOption(QStringLiteral("--status")));
    const QString file =
        ctx.positionals(
               1, QStringLiteral("questions export FILE [--format F] [--topic T] [--status S]"))
            .first();
    const QuestionFormat format = formatFor(formatName, file);
    const QList<Question> questions =
        QuestionRepository(ctx.openExisting()).listWithAnswerKeys(filter);
    QuestionExporter::writeFile(file, questions, format);
    ctx.out() << QuestionCommands::tr("%1: %2 questions written (%3)\n")
                     .arg(file)
                     .arg(questions.size())
                     .arg(QuestionFormats::name(format));
    return 0;
}

QJsonObject toListJson(const Question& q)
{
    QJsonObject o = q.toJson();
    o.insert(QStringLiteral("created_at"), q.createdAt);
    o.insert(QStringLiteral("updated_at"), q.updatedAt);
    return o;
}

int runList(CtlContext& ctx)
{
    const bool json = ctx.takeFlag(QStringLiteral("--json"));
    QuestionFilter filter;
    filter.topic = ctx.takeOption(QStringLiteral("--topic"));
    filter.status = statusOption(ctx.takeOption(QStringLiteral("--status")));
    ctx.positionals(0, QStringLiteral("questions list [--json] [--topic T] [--status S]"));
    const QList<Question> questions = QuestionRepository(ctx.openExisting()).list(filter);
    if (json) {
        QJsonArray array;
        for (const Question& q : questions)
            array.append(toListJson(q));
        ctx.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return 0;
    }
    for (const Question& q : questions) {
        const QString text = q.text.simplified();
        ctx.out() << QStringLiteral("%1  %2  %3  %4  %5\n")
                         .arg(q.id.leftJustified(12), q.topic.leftJustified(8),
                              Question::statusName(q.status).leftJustified(8), q.correctKey,
                              text.size() > 70 ? text.left(67) + QStringLiteral("...") : text);
    }
    ctx.out() << QuestionCommands::tr("%n question(s)\n", nullptr,
                                      static_cast<int>(questions.size()));
    return 0;
}

int runApprove(CtlContext& ctx)
{
    // The reviewer is whoever runs the command (the session's user), never a name given.
    const QStringList ids = ctx.args();
    if (ids.isEmpty())
        throw UserError(QuestionCommands::tr("usage: contestctl questions approve ID..."));
    ctx.positionals(static_cast<int>(ids.size()), QStringLiteral("questions approve ID..."));
    Database& db = ctx.openExisting();
    QuestionRepository repo(db);
    // All or none, like imports: one unknown ID and nothing changes.
    db.transaction([&] {
        for (const QString& id : ids)
            repo.setStatus(id, Question::Status::Approved);
    });
    ctx.out() << QuestionCommands::tr("%n question(s) approved\n", nullptr,
                                      static_cast<int>(ids.size()));
    return 0;
}

int runHistory(CtlContext& ctx)
{
    const QString id = ctx.positionals(1, QStringLiteral("questions history ID")).first();
    QuestionRepository repo(ctx.openExisting());
    if (!repo.find(id))
        throw UserError(QuestionCommands::tr("question %1: no such question").arg(id));
    QJsonArray array;
    for (const QuestionRevision& r : repo.revisions(id)) {
        array.append(QJsonObject{
            {QStringLiteral("changed_at"), r.changedAt},
            {QStringLiteral("changed_by"), r.changedBy},
            {QStringLiteral("action"), r.action},
            {QStringLiteral("before"), r.before.isEmpty() ? QJsonValue() : QJsonValue(r.before)},
            {QStringLiteral("after"), r.after}});
    }
    ctx.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    return 0;
}

int runCategories(CtlContext& ctx)
{
    ctx.positionals(0, QStringLiteral("questions categories"));
    const CategoryMapping mapping = CategoryMapping::load(ctx.openExisting());
    QStringList categories = mapping.entries().keys();
    categories.sort();
    for (const QString& c : categories)
        ctx.out() << QStringLiteral("%1 -> %2\n").arg(c, mapping.entries().value(c));
    ctx.out() << QuestionCommands::tr("default (unmapped categories, files without any) -> %1\n")
                     .arg(mapping.defaultTopic().isEmpty() ? QuestionCommands::tr("(none)")
                                                           : mapping.defaultTopic());
    return 0;
}

int runMap(CtlContext& ctx)
{
    const QString defaultTopic = ctx.takeOption(QStringLiteral("--default"));
    const QString removed = ctx.takeOption(QStringLiteral("--remove"));
    Database& db = ctx.openExisting();
    CategoryMapping mapping = CategoryMapping::load(db);
    if (!defaultTopic.isEmpty()) {
        ctx.positionals(0, QStringLiteral("questions map --default TOPIC"));
        mapping.setDefaultTopic(defaultTopic);
    } else if (!removed.isEmpty()) {
        ctx.positionals(0, QStringLiteral("questions map --remove CATEGORY"));
        if (!mapping.entries().contains(CategoryMapping::normalizedPath(removed)))
            throw UserError(QuestionCommands::tr("category '%1' is not mapped").arg(removed));
        mapping.remove(removed);
    } else {
        const QStringList args = ctx.positionals(2, QStringLiteral("questions map CATEGORY TOPIC"));
        if (CategoryMapping::normalizedPath(args.at(0)).isEmpty())
            throw UserError(QuestionCommands::tr(
                "the category is empty; use --default TOPIC for the default topic"));
        mapping.set(args.at(0), args.at(1));
    }
    mapping.save(db);
    ctx.out() << QuestionCommands::tr("category mapping saved\n");
    return 0;
}

QJsonValue figure(const std::optional<double>& v)
{
    // Two decimals are all a reader needs, and keep the JSON stable across engines.
    return v ? QJsonValue(std::round(*v * 100) / 100) : QJsonValue(QJsonValue::Null);
}

int runStats(CtlContext& ctx)
{
    const bool json = ctx.takeFlag(QStringLiteral("--json"));
    ctx.positionals(0, QStringLiteral("questions stats [--json]"));
    const QuestionStats stats = QuestionStats::compute(ctx.openExisting());
    const ItemAnalysis::Contest& c = stats.contest();
    if (json) {
        QJsonArray questions;
        for (const QuestionStats::Row& r : stats.rows()) {
            questions.append(QJsonObject{
                {QStringLiteral("q"), r.id},
                {QStringLiteral("topic"), r.topic},
                {QStringLiteral("drawn"), r.drawn},
                {QStringLiteral("facility"), figure(r.analysis.facility)},
                {QStringLiteral("discrimination_index"), figure(r.analysis.discriminationIndex)},
                {QStringLiteral("discriminative_efficiency"),
                 figure(r.analysis.discriminativeEfficiency)},
                {QStringLiteral("flags"),
                 QJsonArray::fromStringList(QuestionStats::flagCodes(r.flags))},
            });
        }
        const QJsonObject contest{
            {QStringLiteral("attempts"), c.attempts},
            {QStringLiteral("questions_per_attempt"), figure(c.questionsPerAttempt)},
            {QStringLiteral("mean_correct"), figure(c.meanCorrect)},
            {QStringLiteral("sd"), figure(c.sd)},
            {QStringLiteral("cic"), figure(c.cic)},
            {QStringLiteral("error_ratio"), figure(c.errorRatio)},
        };
        ctx.out() << QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("questions"), questions},
                                      {QStringLiteral("contest"), contest}})
                .toJson(QJsonDocument::Indented));
        return 0;
    }
    const auto text = [](const std::optional<double>& v) {
        return v ? QLocale().toString(*v, 'f', 1) : QStringLiteral("-");
    };
    ctx.out() << QuestionCommands::tr("%1 attempts, mean %2 correct (SD %3), CIC %4, error ratio "
                                      "%5\n")
                     .arg(QLocale().toString(c.attempts), QLocale().toString(c.meanCorrect, 'f', 2),
                          QLocale().toString(c.sd, 'f', 2), text(c.cic), text(c.errorRatio));
    for (const QuestionStats::Row& r : stats.rows()) {
        ctx.out() << QStringLiteral("%1  %2  %3  %4  %5  %6  %7\n")
                         .arg(r.id.leftJustified(12), r.topic.leftJustified(8),
                              QLocale().toString(r.drawn).rightJustified(8),
                              text(r.analysis.facility).rightJustified(6),
                              text(r.analysis.discriminationIndex).rightJustified(6),
                              text(r.analysis.discriminativeEfficiency).rightJustified(6),
                              QuestionStats::flagText(r.flags));
    }
    return 0;
}

QJsonValue rankValue(int rank)
{
    return rank > 0 ? QJsonValue(rank) : QJsonValue(QJsonValue::Null);
}

QJsonValue prizeValue(const QString& prize)
{
    return prize.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(prize);
}

int runRekey(CtlContext& ctx)
{
    const bool json = ctx.takeFlag(QStringLiteral("--json"));
    const bool dryRun = ctx.takeFlag(QStringLiteral("--dry-run"));
    const QString answer = ctx.takeOption(QStringLiteral("--answer"));
    const QString usage = QStringLiteral("questions rekey ID --answer KEY [--dry-run] [--json]");
    const QString id = ctx.positionals(1, usage).first();
    if (answer.isEmpty())
        throw UserError(QuestionCommands::tr("--answer KEY is required: %1").arg(usage));
    KeyCorrection correction(ctx.openExisting());
    const KeyCorrection::Plan plan =
        dryRun ? correction.dryRun(id, answer) : correction.apply(id, answer);
    if (json) {
        QJsonArray changes;
        for (const KeyCorrection::Change& c : plan.changes) {
            changes.append(QJsonObject{{QStringLiteral("contestant"), c.contestant},
                                       {QStringLiteral("name"), c.label},
                                       {QStringLiteral("old_rank"), rankValue(c.oldRank)},
                                       {QStringLiteral("new_rank"), rankValue(c.newRank)},
                                       {QStringLiteral("old_prize"), prizeValue(c.oldPrize)},
                                       {QStringLiteral("new_prize"), prizeValue(c.newPrize)}});
        }
        ctx.out() << QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("question"), plan.question},
                                      {QStringLiteral("old_key"), plan.oldKey},
                                      {QStringLiteral("new_key"), plan.newKey},
                                      {QStringLiteral("gained"), plan.gained},
                                      {QStringLiteral("lost"), plan.lost},
                                      {QStringLiteral("applied"), !dryRun},
                                      {QStringLiteral("changes"), changes}})
                .toJson(QJsonDocument::Indented));
        return 0;
    }
    ctx.out() << (dryRun ? QuestionCommands::tr("Question %1: key %2 -> %3 (dry run: nothing was "
                                                "changed)\n")
                         : QuestionCommands::tr("Question %1: key %2 -> %3; every submission "
                                                "was judged again\n"))
                     .arg(plan.question, plan.oldKey, plan.newKey);
    ctx.out() << QuestionCommands::tr("%1 submissions gain a point, %2 lose one\n")
                     .arg(QLocale().toString(plan.gained), QLocale().toString(plan.lost));
    const auto rank = [](int r) { return r > 0 ? QString::number(r) : QStringLiteral("-"); };
    const auto prize = [&](const QString& p) {
        return p.isEmpty() ? QStringLiteral("-") : plan.prizeLabel(p);
    };
    for (const KeyCorrection::Change& c : plan.changes) {
        ctx.out() << QuestionCommands::tr("  %1: rank %2 -> %3, prize %4 -> %5\n")
                         .arg(c.label, rank(c.oldRank), rank(c.newRank), prize(c.oldPrize),
                              prize(c.newPrize));
    }
    if (plan.changes.isEmpty())
        ctx.out() << QuestionCommands::tr("No contestant's rank or prize changes\n");
    return 0;
}

} // namespace

QList<CtlCommand> questionCommands()
{
    return {
        {{QStringLiteral("questions"), QStringLiteral("import")},
         QStringLiteral("questions import FILE [--format aiken|gift|moodlexml|csv] "
                        "[--skip-invalid] [--author NAME] [--topic T] [--dry-run]"),
         QStringLiteral("import a question bank (Aiken, GIFT, Moodle XML, CSV)"),
         QStringLiteral(
             "The format comes from the extension when --format is absent: .txt Aiken, .gift "
             "GIFT,\n"
             ".xml Moodle XML, .csv CSV (columns id,topic,text,A,B,C,D,answer; E, F, title,\n"
             "difficulty, legal_source, explanation optional; empty options skipped).\n"
             "Single-answer multiple choice and true/false (A \"Đúng\", B \"Sai\") are imported;\n"
             "other types are listed as skipped with the reason. Moodle categories map to topics\n"
             "through the stored category mapping; --topic sets the topic of unmapped ones.\n"
             "A question's ID comes from the file or is the topic's next free TOPIC-NNNN; an ID\n"
             "that exists is updated (kept in its history), and a reviewed or approved question\n"
             "whose content changes goes back to draft. One invalid question and nothing is\n"
             "imported, unless --skip-invalid, which imports the valid ones and lists the rest.\n"
             "--dry-run prints what each question would do (added, updated, unchanged) and\n"
             "writes nothing."),
         runImport},
        {{QStringLiteral("questions"), QStringLiteral("export")},
         QStringLiteral("questions export FILE [--format F] [--topic T] [--status S]"),
         QStringLiteral("export the question bank"),
         QStringLiteral(
             "Writes the questions (all, or of one topic or status) in the format of the\n"
             "extension or --format; importing the file gives the same questions back."),
         runExport},
        {{QStringLiteral("questions"), QStringLiteral("list")},
         QStringLiteral("questions list [--json] [--topic T] [--status S]"),
         QStringLiteral("list the questions"),
         QStringLiteral("Prints the questions as a table, or as JSON with --json."),
         runList},
        {{QStringLiteral("questions"), QStringLiteral("approve")},
         QStringLiteral("questions approve ID..."),
         QStringLiteral("approve questions for exams"),
         QStringLiteral(
             "Marks draft or reviewed questions approved, with whoever runs the command as\n"
             "their reviewer (the logged-in account, else the system user). All or none."),
         runApprove},
        {{QStringLiteral("questions"), QStringLiteral("history")},
         QStringLiteral("questions history ID"),
         QStringLiteral("print a question's revision history as JSON"),
         QStringLiteral(
             "Every change to the question, oldest first: when, who, what, and the question\n"
             "before and after."),
         runHistory},
        {{QStringLiteral("questions"), QStringLiteral("categories")},
         QStringLiteral("questions categories"),
         QStringLiteral("show how Moodle categories map to topics"),
         QStringLiteral(
             "Lists the stored category -> topic mapping and the default topic. A category not\n"
             "in the list whose last part is a topic code (\"$course$/top/TTHC\") goes to that\n"
             "topic; any other goes to the default topic."),
         runCategories},
        {{QStringLiteral("questions"), QStringLiteral("map")},
         QStringLiteral("questions map CATEGORY TOPIC | --default TOPIC | --remove CATEGORY"),
         QStringLiteral("edit the category -> topic mapping"),
         QStringLiteral(
             "Maps an exact category path (\"$course$/top/Thủ tục\") to a topic code, sets the\n"
             "default topic, or removes a mapping."),
         runMap},
        {{QStringLiteral("questions"), QStringLiteral("stats")},
         QStringLiteral("questions stats [--json]"),
         QStringLiteral("how each question fared (Moodle's quiz statistics)"),
         QStringLiteral(
             "Over the counted submissions (valid, with an identity), each question drawn at\n"
             "least once: times drawn, facility (percent right), discrimination index (100 x the\n"
             "correlation of its mark with the rest of the attempt) and discriminative\n"
             "efficiency; flags very_easy (facility >= 95), very_hard (<= 5),\n"
             "low_discrimination (index < 30) and negative_discrimination (< 0: often a wrong\n"
             "key), which come first. For the contest: mean and SD of the score, CIC (Cronbach's\n"
             "alpha x 100 over each attempt's own questions) and the error ratio."),
         runStats},
        {{QStringLiteral("questions"), QStringLiteral("rekey")},
         QStringLiteral("questions rekey ID --answer KEY [--dry-run] [--json]"),
         QStringLiteral("correct a question's answer key after the contest"),
         QStringLiteral(
             "--dry-run changes nothing and says what the correction would do: how many\n"
             "submissions gain or lose a point, and every contestant whose rank or prize would\n"
             "change (old -> new), prize changes first. Without it the key changes, every\n"
             "submission is judged again and the change is an audit entry (question.rekey).\n"
             "Committee only; refused while the results are locked (results unlock --reason)."),
         runRekey},
    };
}
