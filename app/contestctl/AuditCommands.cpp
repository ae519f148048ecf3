#include "CtlCommands.h"

#include "audit/AuditLog.h"
#include "core/Problem.h"

namespace {

int runAuditVerify(CtlContext& ctx)
{
    ctx.positionals(0, QStringLiteral("audit verify"));
    const AuditLog::Verification v = AuditLog(ctx.openExisting()).verify();
    if (!v.intact) {
        throw UserError(QStringLiteral("the audit log is NOT intact (%1 entries checked):\n  %2")
                            .arg(v.checked)
                            .arg(v.problems.join(QStringLiteral("\n  "))));
    }
    ctx.out() << QStringLiteral("audit log intact: %1 entries, chain verified\n").arg(v.checked);
    return 0;
}

int runAuditList(CtlContext& ctx)
{
    ctx.positionals(0, QStringLiteral("audit list"));
    for (const AuditEntry& e : AuditLog(ctx.openExisting()).entries())
        ctx.out() << QStringLiteral("%1  %2  %3  %4  %5\n").arg(e.id).arg(e.at, e.user, e.action, e.subject);
    return 0;
}

} // namespace

QList<CtlCommand> auditCommands()
{
    return {
        {{QStringLiteral("audit"), QStringLiteral("verify")}, QStringLiteral("audit verify"),
         QStringLiteral("check that no audit entry was edited or deleted"),
         QStringLiteral("Every entry of the audit log (settings, units and exclusion changes, tie\n"
                        "decisions, locking and unlocking results) holds the SHA-256 of the entry before\n"
                        "it. Exits 0 when the chain is intact, 1 naming each broken entry otherwise."),
         runAuditVerify},
        {{QStringLiteral("audit"), QStringLiteral("list")}, QStringLiteral("audit list"),
         QStringLiteral("list the audit log"), QStringLiteral("One line an entry: number, time (UTC), user, action, subject."),
         runAuditList},
    };
}
