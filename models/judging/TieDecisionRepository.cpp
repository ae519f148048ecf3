#include "TieDecisionRepository.h"

#include "accounts/Authorization.h"
#include "audit/AuditLog.h"
#include "audit/AuditText.h"
#include "contest/ContestRepository.h"
#include "core/ContestTime.h"
#include "core/Problem.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace {

QString scopeName(TieDecision::Scope s)
{
    return s == TieDecision::Scope::Collective ? QStringLiteral("collective") : QStringLiteral("individual");
}

QString toJsonText(const QStringList& list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList fromJsonText(const QString& text)
{
    QStringList list;
    for (const QJsonValue& v : QJsonDocument::fromJson(text.toUtf8()).array())
        list << v.toString();
    return list;
}

QJsonObject describe(const TieDecision& d, const QString& judges)
{
    return {{QStringLiteral("scope"), scopeName(d.scope)},
            {QStringLiteral("prize"), d.prize},
            {QStringLiteral("members"), QJsonArray::fromStringList(d.members)},
            {QStringLiteral("order"), QJsonArray::fromStringList(d.order)},
            {QStringLiteral("reason"), d.reason},
            {QStringLiteral("judges"), judges}};
}

} // namespace

qint64 TieDecisionRepository::record(const TieDecision& d, const QString& judges)
{
    Authorization::require(m_db, Permission::RecordTieDecisions);
    QStringList sortedMembers = d.members;
    QStringList sortedOrder = d.order;
    sortedMembers.sort();
    sortedOrder.sort();
    if (d.members.isEmpty() || sortedMembers != sortedOrder)
        throw UserError(tr("the decided order must name each tied contestant exactly once"));
    if (d.reason.trimmed().isEmpty())
        throw UserError(tr("write the reason for the decision: it will be read in public"));
    if (judges.trimmed().isEmpty())
        throw UserError(tr("name the judges present"));
    qint64 id = 0;
    const QString who = d.decidedBy.isEmpty() ? AuditLog::currentUser() : d.decidedBy;
    const QString when = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    m_db.transaction([&] {
        // Two judges at two PCs deciding the same tie: the second learns of the first
        // rather than leaving two decisions for one tie. Serialized first, so that the
        // second reads the decisions only once the first has committed.
        m_db.exec(m_db.dialect().serializeWritersStatement(QStringLiteral("tie_decisions")));
        for (const StoredTieDecision& s : active()) {
            QStringList members = s.decision.members;
            members.sort();
            if (s.decision.scope == d.scope && s.decision.prize == d.prize && members == sortedMembers) {
                throw UserError(
                    tr("this tie was already decided by %1 at %2 (decision %3). Your decision "
                       "was not recorded: reload to see theirs, and withdraw it first if "
                       "it must change.")
                        .arg(AuditText::user(m_db, s.decision.decidedBy),
                             ContestTime::format(
                                 s.decision.decidedAt.utcMs,
                                 ContestRepository(m_db).loadOrDefaults().timezoneOffsetMinutes))
                        .arg(s.id));
            }
        }
        QSqlQuery q = m_db.exec(
            QStringLiteral("INSERT INTO tie_decisions (scope, prize, members_json, order_json, reason, judges, "
                           "decided_by, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
            {scopeName(d.scope), d.prize, toJsonText(d.members), toJsonText(d.order), d.reason.trimmed(),
             judges.trimmed(), who, when});
        if (q.next())
            id = q.value(0).toLongLong();
        q.finish();
        AuditLog(m_db).append(QStringLiteral("tie.decide"), QStringLiteral("%1 #%2").arg(d.prize).arg(id), QJsonValue(),
                              describe(d, judges.trimmed()));
    });
    return id;
}

void TieDecisionRepository::withdraw(qint64 id, const QString& reason)
{
    Authorization::require(m_db, Permission::RecordTieDecisions);
    if (reason.trimmed().isEmpty())
        throw UserError(tr("write why the decision is withdrawn"));
    m_db.transaction([&] {
        const QList<StoredTieDecision> list = active();
        auto it = std::find_if(list.begin(), list.end(), [&](const StoredTieDecision& s) { return s.id == id; });
        if (it == list.end())
            throw UserError(tr("there is no active tie decision number %1").arg(id));
        m_db.exec(QStringLiteral("UPDATE tie_decisions SET withdrawn_at = ?, withdrawn_by = ? WHERE id = ?"),
                  {QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), AuditLog::currentUser(), id});
        AuditLog(m_db).append(QStringLiteral("tie.withdraw"), QStringLiteral("%1 #%2").arg(it->decision.prize).arg(id),
                              describe(it->decision, it->judges), QJsonObject{{QStringLiteral("reason"), reason.trimmed()}});
    });
}

QList<StoredTieDecision> TieDecisionRepository::active() const
{
    QList<StoredTieDecision> list;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id, scope, prize, members_json, order_json, reason, judges, "
                                           "decided_by, decided_at FROM tie_decisions WHERE withdrawn_at IS NULL "
                                           "ORDER BY id"));
    while (q.next()) {
        StoredTieDecision s;
        s.id = q.value(0).toLongLong();
        s.decision.scope = q.value(1).toString() == QLatin1String("collective") ? TieDecision::Scope::Collective
                                                                                 : TieDecision::Scope::Individual;
        s.decision.prize = q.value(2).toString();
        s.decision.members = fromJsonText(q.value(3).toString());
        s.decision.order = fromJsonText(q.value(4).toString());
        s.decision.reason = q.value(5).toString();
        s.judges = q.value(6).toString();
        s.decision.decidedBy = q.value(7).toString();
        if (const auto t = Rfc3339::parse(q.value(8).toString()))
            s.decision.decidedAt = *t;
        list << s;
    }
    return list;
}

QList<TieDecision> TieDecisionRepository::activeDecisions() const
{
    QList<TieDecision> list;
    for (const StoredTieDecision& s : active())
        list << s.decision;
    return list;
}
