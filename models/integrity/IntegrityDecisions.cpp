#include "IntegrityDecisions.h"

#include "IntegrityScan.h"

#include "accounts/Authorization.h"
#include "audit/AuditLog.h"
#include "core/Identity.h"
#include "core/Problem.h"
#include "judging/ResultsSnapshot.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <algorithm>

IntegrityDecisions::Decision IntegrityDecisions::decide(const IntegrityCase& c, bool exclude,
                                                        const QString& reason,
                                                        const QString& judges,
                                                        const QStringList& only)
{
    Authorization::require(m_db, Permission::RecordTieDecisions);
    if (reason.trimmed().isEmpty())
        throw UserError(tr("a decision needs its reason (--reason)"));
    if (judges.trimmed().isEmpty())
        throw UserError(tr("a decision names the judges who took it (--judges)"));
    if (ResultsSnapshot::current(m_db)) {
        throw UserError(tr("the results are locked: the committee must unlock them (with a "
                           "reason) before a case is decided"));
    }
    Decision d;
    d.caseId = c.id;
    d.kind = c.kind;
    d.exclude = exclude;
    d.reason = reason.trimmed();
    d.judges = judges.trimmed();
    d.decidedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    d.decidedBy = AuditLog::currentUser();
    if (exclude) {
        for (const QString& key : only) {
            const QString normal = Identity::contestantKey(key, key);
            if (!c.contestants.contains(normal)) {
                throw UserError(tr("%1 is not one of case %2's contestants (%3)")
                                    .arg(key, c.id, c.contestants.join(QStringLiteral(", "))));
            }
            d.excluded << normal;
        }
        if (d.excluded.isEmpty())
            d.excluded = c.contestants;
    }
    m_db.transaction([&] {
        const QJsonValue before = [&]() -> QJsonValue {
            const auto old = all().value(c.id);
            if (old.caseId.isEmpty())
                return QJsonValue();
            return QJsonObject{
                {QStringLiteral("decision"),
                 old.exclude ? QStringLiteral("exclude") : QStringLiteral("clear")},
                {QStringLiteral("excluded"), QJsonArray::fromStringList(old.excluded)},
                {QStringLiteral("reason"), old.reason}};
        }();
        m_db.exec(QStringLiteral("DELETE FROM integrity_decisions WHERE case_id = ?"), {c.id});
        m_db.exec(QStringLiteral("INSERT INTO integrity_decisions (case_id, kind, decision, "
                                 "excluded, reason, judges, decided_at, decided_by) VALUES (?, ?, "
                                 "?, ?, ?, ?, ?, ?)"),
                  {d.caseId, d.kind, exclude ? QStringLiteral("exclude") : QStringLiteral("clear"),
                   d.excluded.join(QLatin1Char(',')), d.reason, d.judges, d.decidedAt,
                   d.decidedBy});
        AuditLog(m_db).append(
            QStringLiteral("integrity.decide"), c.id, before,
            QJsonObject{{QStringLiteral("kind"), c.kind},
                        {QStringLiteral("decision"),
                         exclude ? QStringLiteral("exclude") : QStringLiteral("clear")},
                        {QStringLiteral("excluded"), QJsonArray::fromStringList(d.excluded)},
                        {QStringLiteral("contestants"), QJsonArray::fromStringList(c.contestants)},
                        {QStringLiteral("evidence"), c.evidence},
                        {QStringLiteral("reason"), d.reason},
                        {QStringLiteral("judges"), d.judges}});
    });
    return d;
}

QHash<QString, IntegrityDecisions::Decision> IntegrityDecisions::all() const
{
    QHash<QString, Decision> map;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT case_id, kind, decision, excluded, reason, "
                                           "judges, decided_at, decided_by FROM "
                                           "integrity_decisions"));
    while (q.next()) {
        Decision d;
        d.caseId = q.value(0).toString();
        d.kind = q.value(1).toString();
        d.exclude = q.value(2).toString() == QLatin1String("exclude");
        const QString excluded = q.value(3).toString();
        if (!excluded.isEmpty())
            d.excluded = excluded.split(QLatin1Char(','));
        d.reason = q.value(4).toString();
        d.judges = q.value(5).toString();
        d.decidedAt = q.value(6).toString();
        d.decidedBy = q.value(7).toString();
        map.insert(d.caseId, d);
    }
    return map;
}

QList<Exclusion> IntegrityDecisions::exclusions() const
{
    QList<Exclusion> list;
    for (const Decision& d : all()) {
        for (const QString& key : d.excluded) {
            Exclusion e;
            // The contestant key is the ID number when there is one, else the phone.
            e.type = Identity::normalizeIdNumber(key).isEmpty() ? QStringLiteral("phone")
                                                                : QStringLiteral("id_number");
            e.value = key;
            e.reason = d.reason;
            e.byJudges = true;
            list << e;
        }
    }
    std::sort(list.begin(), list.end(), [](const Exclusion& a, const Exclusion& b) {
        return a.value != b.value ? a.value < b.value : a.reason < b.reason;
    });
    return list;
}

int IntegrityDecisions::undecidedPrizeCases(Database& db, const Results& results)
{
    const QHash<QString, Decision> decided = IntegrityDecisions(db).all();
    int undecided = 0;
    for (const IntegrityCase& c : IntegrityScan::scan(db, results)) {
        if (!c.prizeAtStake.isEmpty() && !decided.contains(c.id))
            ++undecided;
    }
    return undecided;
}
