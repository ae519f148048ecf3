#include "CtlCommands.h"

#include "core/OutputFile.h"
#include "core/Problem.h"
#include "judging/ResultsCsv.h"
#include "judging/ResultsLock.h"
#include "judging/ResultsService.h"
#include "judging/TieDecisionRepository.h"
#include "results/ResultsExplainer.h"
#include "results/ResultsJson.h"

#include <QJsonDocument>

namespace {

// Messages to people follow the locale; the lines scripts parse (marked "parsed") stay
// fixed English (docs/contestctl.md).
class ResultsCommands
{
    Q_DECLARE_TR_FUNCTIONS(ResultsCommands)
};

void writeOut(CtlContext& ctx, const QString& path, const QByteArray& data)
{
    if (path.isEmpty()) {
        ctx.out() << QString::fromUtf8(data);
        return;
    }
    OutputFile::write(path, data);
}

int runResults(CtlContext& ctx)
{
    const bool json = ctx.takeFlag(QStringLiteral("--json"));
    const bool csv = ctx.takeFlag(QStringLiteral("--csv"));
    const bool live = ctx.takeFlag(QStringLiteral("--live"));
    const QString explain = ctx.takeOption(QStringLiteral("--explain"));
    const QString out = ctx.takeOption(QStringLiteral("--out"));
    ctx.positionals(0, QStringLiteral("results --json|--csv|--explain CONTESTANT [--live] [--out FILE]"));
    if (int(json) + int(csv) + int(!explain.isEmpty()) != 1)
        throw UserError(ResultsCommands::tr("say one of --json, --csv or --explain CONTESTANT"));
    Database& db = ctx.openExisting();

    const auto snapshot = ResultsLock(db).current();
    if (json && snapshot && !live) {
        if (!snapshot->contentIntact())
            throw UserError(ResultsCommands::tr("locked snapshot %1 does not match its SHA-256: it was altered").arg(snapshot->id));
        ctx.err() << ResultsCommands::tr("results locked (snapshot %1, sha256 %2); --live computes them from the current data\n")
                         .arg(snapshot->id)
                         .arg(snapshot->sha256);
        ctx.err().flush();
        writeOut(ctx, out, QJsonDocument(snapshot->json()).toJson(QJsonDocument::Indented));
        return 0;
    }
    const Results results = ResultsService(db).computeLive();
    if (json) {
        writeOut(ctx, out, QJsonDocument(ResultsJson::toJson(results)).toJson(QJsonDocument::Indented));
    } else if (csv) {
        writeOut(ctx, out, ResultsCsv::individual(results));
    } else {
        if (results.findContestant(explain) < 0)
            throw UserError(ResultsCommands::tr("no contestant %1 (give the ID number or phone)").arg(explain));
        writeOut(ctx, out, ResultsExplainer::explain(results, explain).toUtf8());
    }
    return 0;
}

int runLock(CtlContext& ctx)
{
    ctx.positionals(0, QStringLiteral("results lock"));
    Database& db = ctx.openExisting();
    const ResultsSnapshot s = ResultsLock(db).lock(ResultsService(db).computeLive());
    // parsed: the snapshot's id and hash
    ctx.out() << QStringLiteral("results locked: snapshot %1, sha256 %2\n").arg(s.id).arg(s.sha256);
    return 0;
}

int runUnlock(CtlContext& ctx)
{
    const QString reason = ctx.takeOption(QStringLiteral("--reason"));
    ctx.positionals(0, QStringLiteral("results unlock --reason TEXT"));
    ResultsLock(ctx.openExisting()).unlock(reason);
    ctx.out() << ResultsCommands::tr("results unlocked\n");
    return 0;
}

int runTiesList(CtlContext& ctx)
{
    ctx.positionals(0, QStringLiteral("ties list"));
    Database& db = ctx.openExisting();
    const Results results = ResultsService(db).computeLive();
    // parsed: one tie or decision a line
    for (const UnresolvedTie& t : results.unresolvedTies)
        ctx.out() << QStringLiteral("unresolved  %1  %2\n").arg(t.prize, t.members.join(QLatin1Char(',')));
    for (const StoredTieDecision& d : TieDecisionRepository(db).active()) {
        ctx.out() << QStringLiteral("decided #%1  %2  %3  by %4 (%5): %6\n")
                         .arg(d.id)
                         .arg(d.decision.prize, d.decision.order.join(QLatin1Char(',')), d.judges,
                              d.decision.decidedAt.toString(), d.decision.reason);
    }
    for (const StaleDecision& s : results.staleDecisions)
        ctx.out() << QStringLiteral("STALE  %1  %2: %3\n").arg(s.decision.prize, s.decision.order.join(QLatin1Char(',')), s.why);
    return 0;
}

int runTiesDecide(CtlContext& ctx)
{
    const QString prize = ctx.takeOption(QStringLiteral("--prize"));
    const QString order = ctx.takeOption(QStringLiteral("--order"));
    const QString reason = ctx.takeOption(QStringLiteral("--reason"));
    const QString judges = ctx.takeOption(QStringLiteral("--judges"));
    const bool collective = ctx.takeFlag(QStringLiteral("--collective"));
    ctx.positionals(0, QStringLiteral("ties decide --prize KEY --order A,B,... --reason TEXT --judges NAMES [--collective]"));
    Database& db = ctx.openExisting();
    const Results results = ResultsService(db).computeLive();
    TieDecision d;
    d.scope = collective ? TieDecision::Scope::Collective : TieDecision::Scope::Individual;
    d.prize = prize;
    d.order = order.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString& k : d.order)
        k = k.trimmed();
    const auto tie = std::find_if(results.unresolvedTies.begin(), results.unresolvedTies.end(), [&](const UnresolvedTie& t) {
        QStringList a = t.members, b = d.order;
        a.sort();
        b.sort();
        return t.scope == d.scope && t.prize == prize && a == b;
    });
    if (tie == results.unresolvedTies.end())
        throw UserError(ResultsCommands::tr("no unresolved tie for %1 with exactly these members (see contestctl ties list)").arg(prize));
    d.members = tie->members;
    d.reason = reason;
    const qint64 id = TieDecisionRepository(db).record(d, judges);
    // parsed: the decision's id
    ctx.out() << QStringLiteral("decision #%1 recorded\n").arg(id);
    return 0;
}

} // namespace

QList<CtlCommand> resultsCommands()
{
    return {
        {{QStringLiteral("results")}, QStringLiteral("results --json|--csv|--explain CONTESTANT [--live] [--out FILE]"),
         QStringLiteral("the ranking, prizes, collective ranking and unresolved ties"),
         QStringLiteral("--json prints the document of spec/contestctl.md; when the results are locked it\n"
                        "prints the locked snapshot (--live computes from the current data instead).\n"
                        "--csv prints the individual ranking for spreadsheets (UTF-8 with BOM).\n"
                        "--explain CONTESTANT (ID number or phone) says why that person has this rank and\n"
                        "prize: their attempts, which counted, each ranking key, exclusions."),
         runResults},
        {{QStringLiteral("results"), QStringLiteral("lock")}, QStringLiteral("results lock"),
         QStringLiteral("freeze the results (chốt kết quả) as a snapshot with its SHA-256"),
         QStringLiteral("Refused while ties at a prize boundary are undecided. Recorded in the audit log."), runLock},
        {{QStringLiteral("results"), QStringLiteral("unlock")}, QStringLiteral("results unlock --reason TEXT"),
         QStringLiteral("unfreeze the results, saying why"), QStringLiteral("Recorded in the audit log."), runUnlock},
        {{QStringLiteral("ties"), QStringLiteral("list")}, QStringLiteral("ties list"),
         QStringLiteral("unresolved ties, judges' decisions and decisions to review"),
         QStringLiteral("A decision whose tie changed (new submissions) is listed as STALE: it is not applied."), runTiesList},
        {{QStringLiteral("ties"), QStringLiteral("decide")},
         QStringLiteral("ties decide --prize KEY --order A,B,... --reason TEXT --judges NAMES [--collective]"),
         QStringLiteral("record the judges' decision on an unresolved tie"),
         QStringLiteral("--order lists the tied contestants (or units with --collective), best first, each\n"
                        "exactly once. The reason and the judges present are recorded with the decision\n"
                        "and in the audit log."),
         runTiesDecide},
    };
}
