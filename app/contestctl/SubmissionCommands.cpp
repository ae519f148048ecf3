#include "CtlCommands.h"

#include "submissions/SubmissionImporter.h"

namespace {

int runSubmissionsImport(CtlContext& ctx)
{
    const QString file = ctx.positionals(1, QStringLiteral("submissions import FILE.json|FILE.jsonl")).first();
    const StoreSummary summary = SubmissionImporter(ctx.openExisting()).importFile(file);
    ctx.out() << summary.line() << QLatin1Char('\n');
    return 0;
}

} // namespace

QList<CtlCommand> submissionCommands()
{
    return {
        {{QStringLiteral("submissions"), QStringLiteral("import")},
         QStringLiteral("submissions import FILE.json|FILE.jsonl"),
         QStringLiteral("import submissions from an export file, with the same validation as sync"),
         QStringLiteral("FILE.jsonl holds one SUBMISSION object a line; FILE.json an array of them or a\n"
                        "page object with \"items\" (spec/server-api.md). Every item is kept with its raw\n"
                        "JSON; an invalid one is stored with its reason. The same id again is ignored when\n"
                        "identical and kept as a conflict when different. Valid submissions are graded\n"
                        "against the question bank's answer key. A line or item that is not a JSON object\n"
                        "stops the import with its place, and nothing of the file is stored.\n"
                        "Prints: new N, duplicate N, conflict N, invalid N, total N."),
         runSubmissionsImport},
    };
}
