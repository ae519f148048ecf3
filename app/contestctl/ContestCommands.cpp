#include "CtlCommands.h"

#include "contest/BlueprintCheck.h"
#include "contest/ContestRepository.h"
#include "contest/ContestSettingsJson.h"
#include "demo/DemoContest.h"
#include "storage/Migrator.h"

namespace {

// Messages to people follow the locale; the summary lines scripts parse stay fixed English
// (docs/contestctl.md).
class ContestCommands
{
    Q_DECLARE_TR_FUNCTIONS(ContestCommands)
};

int runInit(CtlContext& ctx)
{
    ctx.positionals(0, QStringLiteral("init"));
    Database& db = ctx.openAndMigrate();
    ctx.out() << QStringLiteral("%1: schema version %2, ready\n").arg(db.displayName()).arg(Migrator(db).currentVersion());
    return 0;
}

int runContestSet(CtlContext& ctx)
{
    const QString file = ctx.positionals(1, QStringLiteral("contest set FILE.json")).first();
    Database& db = ctx.openExisting();
    const ContestSettings s = ContestRepository(db).setFromFile(file);
    ctx.out() << QStringLiteral("contest %1 saved\n").arg(s.code);
    return 0;
}

int runContestShow(CtlContext& ctx)
{
    ctx.positionals(0, QStringLiteral("contest show"));
    Database& db = ctx.openExisting();
    ctx.out() << QString::fromUtf8(ContestSettingsJson::toBytes(ContestRepository(db).loadOrDefaults()));
    return 0;
}

int runBlueprint(CtlContext& ctx)
{
    ctx.positionals(0, QStringLiteral("contest blueprint"));
    Database& db = ctx.openExisting();
    const QList<BlueprintLine> lines = BlueprintCheck::check(db, ContestRepository(db).loadOrDefaults());
    ctx.out() << QStringLiteral("%1 %2 %3  %4\n").arg(QStringLiteral("topic").leftJustified(10), QStringLiteral("drawn"),
                                                    QStringLiteral("approved"), QStringLiteral("status"));
    for (const BlueprintLine& l : lines) {
        ctx.out() << QStringLiteral("%1 %2 %3  %4\n")
                         .arg(l.topic.leftJustified(10))
                         .arg(l.drawn, 5)
                         .arg(l.approved, 8)
                         .arg(l.enough() ? QStringLiteral("ok") : QStringLiteral("SHORT by %1").arg(l.drawn - l.approved));
    }
    if (!BlueprintCheck::covers(lines))
        throw UserError(joinProblems(BlueprintCheck::problems(lines)));
    return 0;
}

int runDemo(CtlContext& ctx)
{
    const bool force = ctx.takeFlag(QStringLiteral("--force"));
    const QString people = ctx.takeOption(QStringLiteral("--people"));
    ctx.positionals(0, QStringLiteral("demo [--force] [--people N]"));
    bool ok = true;
    const int count = people.isEmpty() ? 2500 : people.toInt(&ok);
    if (!ok || count < 0)
        throw UserError(ContestCommands::tr("--people takes a whole number of contestants"));
    Database& db = ctx.openAndMigrate();
    if (ContestRepository(db).rowVersion() > 0 && !force) {
        throw UserError(ContestCommands::tr("%1 already holds a contest; use --force to overwrite its settings "
                                       "with the demo's").arg(db.displayName()));
    }
    DemoContest::populate(db, count);
    ctx.out() << ContestCommands::tr("%1: demo contest sonha-2024 ready\n").arg(db.displayName());
    return 0;
}

} // namespace

QList<CtlCommand> contestCommands()
{
    return {
        {{QStringLiteral("init")}, QStringLiteral("init"),
         QStringLiteral("create or upgrade the database schema (safe to repeat)"),
         QStringLiteral("Creates the database if it does not exist and brings its schema to this "
                        "version, one step per version, each in a transaction."),
         runInit},
        {{QStringLiteral("contest"), QStringLiteral("set")}, QStringLiteral("contest set FILE.json"),
         QStringLiteral("create or update the contest settings from a JSON file"),
         QStringLiteral("Keys in the file replace the stored settings (or the defaults of the "
                        "contest rules); keys absent keep theirs. Unknown keys, wrong types and "
                        "invalid values are reported with their key, and nothing is stored.\n"
                        "Keys: code, title, organizer, opens_at, closes_at, questions_per_attempt,\n"
                        "blueprint, prediction_question, prediction_target, attempts {max, counted},\n"
                        "certificate_min_correct, individual_prizes, collective_prizes {count, amount},\n"
                        "ranking_order, timezone."),
         runContestSet},
        {{QStringLiteral("contest"), QStringLiteral("show")}, QStringLiteral("contest show"),
         QStringLiteral("print the contest settings as JSON"),
         QStringLiteral("Prints every setting, the defaults where none were stored, in the form "
                        "`contest set` reads."),
         runContestShow},
        {{QStringLiteral("contest"), QStringLiteral("blueprint")}, QStringLiteral("contest blueprint"),
         QStringLiteral("approved questions per topic against what an attempt draws"),
         QStringLiteral("For each topic of the blueprint: questions drawn per attempt and approved questions\n"
                        "in the bank. Exits 1 when a topic is short: the server could not draw from it."),
         runBlueprint},
        {{QStringLiteral("demo")}, QStringLiteral("demo [--force] [--people N]"),
         QStringLiteral("fill the database with the Sơn Hà 2024 demo contest"),
         QStringLiteral("Creates the schema if needed, then stores the demo settings, units, exclusion\n"
                        "list, an approved question bank, and submissions of N generated contestants\n"
                        "(default 2500; 0 for none) with one tie at a prize boundary. Refuses a database\n"
                        "that already holds a contest unless --force is given."),
         runDemo},
    };
}
