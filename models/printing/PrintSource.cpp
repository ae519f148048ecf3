#include "PrintSource.h"

#include "accounts/Authorization.h"
#include "audit/AuditedDataCheck.h"
#include "contest/ContestRepository.h"
#include "results/SnapshotResults.h"
#include "storage/Database.h"
#include "units/UnitRepository.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

PrintSource PrintSource::load(Database& db)
{
    Authorization::require(db, Permission::PrintCertificates);
    const std::optional<ResultsSnapshot> snapshot = ResultsLock(db).current();
    if (!snapshot)
        throw UserError(tr(
            "lock the results first: printing uses the locked results (contestctl results lock)"));
    if (!snapshot->contentIntact())
        throw UserError(
            tr("locked snapshot %1 does not match its SHA-256: it was altered").arg(snapshot->id));
    // Content and stored hash may have been changed together: the lock entry of the audit
    // log is what the committee froze.
    if (const QString problem = AuditedDataCheck(db).snapshotProblem(snapshot->id);
        !problem.isEmpty())
        throw UserError(tr("the locked results cannot be printed: %1").arg(problem));
    PrintSource s;
    s.snapshot = *snapshot;
    s.settings = ContestRepository(db).loadOrDefaults();

    const QList<Unit> unitList = UnitRepository(db).list(); // by code
    QHash<QString, Unit> units;
    for (const Unit& u : unitList)
        units.insert(u.code, u);
    QHash<QString, PrizeTier> tiers;
    for (const PrizeTier& t : s.settings.individualPrizes)
        tiers.insert(t.key, t);
    // One pass over the submissions beats one query per person for thousands of people.
    QHash<QString, int> birthYears;
    QSqlQuery q = db.exec(QStringLiteral("SELECT id, birth_year FROM submissions"));
    while (q.next())
        birthYears.insert(q.value(0).toString(), q.value(1).toInt());

    // The snapshot is read by the same code that shows it in the Results area.
    const Results locked = SnapshotResults::fromJson(s.snapshot.json(), s.settings, unitList);
    for (const IndividualResult& row : locked.individual) {
        const GradedSubmission& counted = locked.countedOf(row);
        PrintedPerson p;
        p.rank = row.rank;
        p.contestant = row.contestant();
        p.name = counted.name;
        p.submission = counted.id;
        // Snapshots locked before birth_year was part of the results: the submission's.
        p.birthYear = counted.birthYear != 0 ? counted.birthYear : birthYears.value(p.submission);
        p.unitCode = counted.unitCode;
        p.unitName = units.contains(p.unitCode) ? units.value(p.unitCode).name : p.unitCode;
        p.correct = counted.correct;
        p.durationMs = counted.durationMs;
        p.eligible = row.eligible;
        p.prizeKey = row.prize;
        if (!p.prizeKey.isEmpty()) {
            const PrizeTier tier = tiers.value(p.prizeKey);
            p.prizeLabel = tier.label.isEmpty() ? p.prizeKey : tier.label;
            p.amount = tier.amount;
        }
        s.people << p;
    }
    QSet<QString> seen;
    for (const CollectiveResult& row : locked.collective) {
        s.units << PrintedUnit{row.rank,    row.unitCode,      QString(), row.contestants,
                               row.perfect, row.avgDurationMs, row.prize, std::nullopt};
        seen.insert(row.unitCode);
    }
    for (const Unit& unit : unitList) {
        if (!seen.contains(unit.code))
            s.units << PrintedUnit{0, unit.code, QString(), 0, 0, 0, false, std::nullopt};
    }
    for (PrintedUnit& u : s.units) {
        const auto it = units.constFind(u.code);
        u.name = it != units.constEnd() ? it->name : u.code;
        u.headcount = it != units.constEnd() ? it->headcount : std::nullopt;
    }
    return s;
}

QList<PrintedPerson> PrintSource::certificateHolders() const
{
    QList<PrintedPerson> out;
    for (const PrintedPerson& p : people) {
        if (p.eligible && p.correct >= settings.certificateMinCorrect)
            out << p;
    }
    return out;
}

QList<PrintedPerson> PrintSource::individualWinners() const
{
    QList<PrintedPerson> out;
    for (const PrintedPerson& p : people) {
        if (!p.prizeKey.isEmpty())
            out << p;
    }
    return out;
}

QList<PrintedUnit> PrintSource::collectiveWinners() const
{
    QList<PrintedUnit> out;
    for (const PrintedUnit& u : units) {
        if (u.prize)
            out << u;
    }
    return out;
}
