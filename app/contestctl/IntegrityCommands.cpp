#include "CtlCommands.h"

#include "integrity/IntegrityScan.h"
#include "judging/ResultsService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

namespace {

QJsonObject caseJson(const IntegrityCase& c)
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
            {QStringLiteral("decision"), QJsonValue(QJsonValue::Null)}};
}

int runIntegrity(CtlContext& ctx)
{
    const bool json = ctx.takeFlag(QStringLiteral("--json"));
    ctx.positionals(0, QStringLiteral("integrity [--json]"));
    Database& db = ctx.openExisting();
    const Results results = ResultsService(db).computeLive();
    const QList<IntegrityCase> cases = IntegrityScan::scan(db, results);
    if (json) {
        QJsonArray list;
        QJsonObject byKind;
        int winners = 0;
        for (const IntegrityCase& c : cases) {
            list.append(caseJson(c));
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
             "under 3 or more ID numbers) and speed (faster than 2 s a question). A case is a\n"
             "reason to look, never a verdict. Its id is stable from run to run."),
         runIntegrity},
    };
}
