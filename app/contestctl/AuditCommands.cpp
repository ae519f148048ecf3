#include "CtlCommands.h"

#include "audit/AuditLog.h"
#include "audit/AuditedDataCheck.h"
#include "core/Problem.h"

#include <QCoreApplication>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AuditCommands)
};

int runAuditVerify(CtlContext& ctx)
{
    ctx.positionals(0, QStringLiteral("audit verify"));
    Database& db = ctx.openExisting();
    const AuditLog::Verification v = AuditLog(db).verify();
    if (!v.intact) {
        throw UserError(Tr::tr("the audit log is NOT intact (%1 entries checked):\n  %2")
                            .arg(v.checked)
                            .arg(v.problems.join(QStringLiteral("\n  "))));
    }
    // The chain holds; what it recorded must still be what is stored.
    const AuditedDataCheck data(db);
    const QList<AuditFinding> findings = data.findings();
    if (!findings.isEmpty()) {
        throw UserError(
            Tr::tr("the audit log is intact (%1 entries), but the data does NOT match it:\n%2")
                .arg(v.checked)
                .arg(AuditedDataCheck::listed(findings)));
    }
    ctx.out() << Tr::tr("audit log intact: %1 entries, chain verified; %2 locked results "
                        "snapshot(s) and %3 account(s) match it\n")
                     .arg(v.checked)
                     .arg(data.snapshotsChecked())
                     .arg(data.accountsChecked());
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
                        "it. Every locked results snapshot must still hash to the SHA-256 its results.lock\n"
                        "entry recorded, and every account must have been created (user.create) with\n"
                        "the role the log gave it last. Exits 0 when all holds, 1 naming each broken\n"
                        "entry, altered snapshot or unaudited account otherwise."),
         runAuditVerify},
        {{QStringLiteral("audit"), QStringLiteral("list")}, QStringLiteral("audit list"),
         QStringLiteral("list the audit log"), QStringLiteral("One line an entry: number, time (UTC), user, action, subject."),
         runAuditList},
    };
}
