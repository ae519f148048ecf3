#include "CtlCommands.h"

#include "core/Problem.h"
#include "integrity/IntegrityDecisions.h"
#include "integrity/IntegrityScan.h"
#include "judging/ResultsService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

namespace {

QJsonValue decisionJson(const IntegrityDecisions::Decision* d)
{
    if (!d)
        return QJsonValue(QJsonValue::Null);
    return QJsonObject{{QStringLiteral("decision"),
                        d->exclude ? QStringLiteral("exclude") : QStringLiteral("clear")},
                       {QStringLiteral("excluded"), QJsonArray::fromStringList(d->excluded)},
                       {QStringLiteral("reason"), d->reason},
                       {QStringLiteral("judges"), d->judges},
                       {QStringLiteral("decided_at"), d->decidedAt}};
}

QJsonObject caseJson(const IntegrityCase& c, const IntegrityDecisions::Decision* d)
{
    return {{QStringLiteral("case"), c.id},
            {QStringLiteral("kind"), c.kind},
            {QStringLiteral("strength"), std::round(c.strength * 100) / 100},
            {QStringLiteral("contestants"), QJsonArray::fromStringList(c.contestants)},
            {QStringLiteral("names"), QJsonArray::fromStringList(c.names)},
            {QStringLiteral("submissions"), QJsonArray::fromStringList(c.submissions)},
            {QStringLiteral("evidence"), c.evidence},
            {QStringLiteral("prize_at_stake"),
             c.prizeAtStake.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(c.prizeAtStake)},
            {QStringLiteral("decision"), decisionJson(d)}};
}

int runIntegrity(CtlContext& ctx)
{
    const bool json = ctx.takeFlag(QStringLiteral("--json"));
    ctx.positionals(0, QStringLiteral("integrity [--json]"));
    Database& db = ctx.openExisting();
    const Results results = ResultsService(db).computeLive();
    const QList<IntegrityCase> cases = IntegrityScan::scan(db, results);
    const QHash<QString, IntegrityDecisions::Decision> decided = IntegrityDecisions(db).all();
    const auto decisionOf = [&](const IntegrityCase& c) -> const IntegrityDecisions::Decision* {
        const auto it = decided.constFind(c.id);
        return it == decided.cend() ? nullptr : &*it;
    };
    if (json) {
        QJsonArray list;
        QJsonObject byKind;
        int winners = 0;
        for (const IntegrityCase& c : cases) {
            list.append(caseJson(c, decisionOf(c)));
            byKind.insert(c.kind, byKind.value(c.kind).toInt() + 1);
            winners += c.prizeAtStake.isEmpty() ? 0 : 1;
        }
        const QJsonObject summary{{QStringLiteral("cases"), int(cases.size())},
                                  {QStringLiteral("by_kind"), byKind},
                                  {QStringLiteral("prize_winners_involved"), winners}};
        ctx.out() << QString::fromUtf8(
            QJsonDocument(
                QJsonObject{{QStringLiteral("cases"), list}, {QStringLiteral("summary"), summary}})
                .toJson(QJsonDocument::Indented));
        return 0;
    }
    for (const IntegrityCase& c : cases) {
        if (const auto* d = decisionOf(c)) {
            ctx.out() << (d->exclude ? QCoreApplication::translate("IntegrityCommands",
                                                                   "[excluded by the judges: %1]\n")
                                     : QCoreApplication::translate("IntegrityCommands",
                                                                   "[cleared by the judges: %1]\n"))
                             .arg(d->reason);
        }
        ctx.out() << QStringLiteral("%1  %2  %3\n  %4\n  %5\n")
                         .arg(c.id, c.kind.leftJustified(8),
                              c.prizeAtStake.isEmpty()
                                  ? QString()
                                  : QCoreApplication::translate("IntegrityCommands",
                                                                "prize at stake: %1")
                                        .arg(c.prizeAtStake),
                              c.names.join(QStringLiteral("; ")), c.evidence);
    }
    ctx.out() << QCoreApplication::translate("IntegrityCommands", "%1 case(s)\n")
                     .arg(QLocale().toString(cases.size()));
    return 0;
}

int runDecide(CtlContext& ctx)
{
    const QString caseId = ctx.takeOption(QStringLiteral("--case"));
    const bool clear = ctx.takeFlag(QStringLiteral("--clear"));
    const bool exclude = ctx.takeFlag(QStringLiteral("--exclude"));
    const QString reason = ctx.takeOption(QStringLiteral("--reason"));
    const QString judges = ctx.takeOption(QStringLiteral("--judges"));
    QStringList only;
    for (QString k = ctx.takeOption(QStringLiteral("--contestant")); !k.isEmpty();
         k = ctx.takeOption(QStringLiteral("--contestant")))
        only << k;
    ctx.positionals(0, QStringLiteral("integrity decide --case ID --clear|--exclude --reason TEXT "
                                      "--judges NAMES [--contestant KEY]"));
    if (caseId.isEmpty() || clear == exclude) {
        throw UserError(QCoreApplication::translate(
            "IntegrityCommands", "say --case ID and one of --clear or --exclude"));
    }
    if (clear && !only.isEmpty()) {
        throw UserError(QCoreApplication::translate(
            "IntegrityCommands", "--contestant goes with --exclude, not --clear"));
    }
    Database& db = ctx.openExisting();
    const Results results = ResultsService(db).computeLive();
    for (const IntegrityCase& c : IntegrityScan::scan(db, results)) {
        if (c.id != caseId)
            continue;
        const IntegrityDecisions::Decision d =
            IntegrityDecisions(db).decide(c, exclude, reason, judges, only);
        ctx.out() << (exclude ? QCoreApplication::translate("IntegrityCommands",
                                                            "case %1: %2 excluded by the judges\n")
                                    .arg(c.id, d.excluded.join(QStringLiteral(", ")))
                              : QCoreApplication::translate("IntegrityCommands",
                                                            "case %1: cleared by the judges\n")
                                    .arg(c.id));
        return 0;
    }
    throw UserError(
        QCoreApplication::translate("IntegrityCommands",
                                    "there is no case %1 now (contestctl integrity lists them)")
            .arg(caseId));
}

} // namespace

QList<CtlCommand> integrityCommands()
{
    return {
        {{QStringLiteral("integrity")},
         QStringLiteral("integrity [--json]"),
         QStringLiteral("cases of possible unfair play, for the judges"),
         QStringLiteral(
             "Lists the cases of spec/integrity.md found among the valid submissions, with\n"
             "their evidence, the people by name and the prize at stake, prize winners' cases\n"
             "first: identity (one ID number under different names or birth years; one phone\n"
             "under 3 or more ID numbers), speed (faster than 2 s a question), burst (4 or\n"
             "more people from one device of the contest site within 10 minutes, unless they\n"
             "are colleagues: one office declared, each their own ID number and phone, no two\n"
             "sheets alike) and copying (the same wrong answers, on 10 or more questions in\n"
             "common, far beyond chance, with the chance in the evidence; people joined by\n"
             "such pairs make one case). A case is a reason to look, never a verdict.\n"
             "Its id is stable from run to run."),
         runIntegrity},
        {{QStringLiteral("integrity"), QStringLiteral("decide")},
         QStringLiteral("integrity decide --case ID --clear|--exclude --reason TEXT --judges NAMES "
                        "[--contestant KEY]..."),
         QStringLiteral("the judges decide an integrity case"),
         QStringLiteral(
             "Judges only. --clear records that the case was looked at and dismissed; --exclude\n"
             "makes its contestants (or those named with --contestant) ineligible, with the\n"
             "reason 'excluded by the judges: TEXT' in the results. Each decision is an audit\n"
             "entry; deciding again replaces the decision. Refused while the results are\n"
             "locked. Locking waits until every case touching a prize winner is decided."),
         runDecide},
    };
}
