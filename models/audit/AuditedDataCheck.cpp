#include "AuditedDataCheck.h"

#include "AuditLog.h"
#include "accounts/AccountName.h"
#include "accounts/UserRepository.h"
#include "judging/ResultsLock.h"
#include "storage/Database.h"
#include "storage/Migrator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace {

constexpr int kFirstVersionWithSnapshots = 5;
constexpr int kFirstVersionWithUsers = 9;

const QString kRestoreAction = QStringLiteral("backup.restore");
const QString kSnapshotsKey = QStringLiteral("accepted_snapshots");
const QString kAccountsKey = QStringLiteral("accepted_accounts");

QJsonObject afterOf(const AuditEntry& e)
{
    return QJsonDocument::fromJson(e.afterJson.toUtf8()).object();
}

QString shortHash(const QString& sha256)
{
    return sha256.isEmpty() ? AuditedDataCheck::tr("(none)")
                            : sha256.left(16) + QStringLiteral("…");
}

} // namespace

AuditedDataCheck::AuditedDataCheck(Database& db)
{
    const int version = Migrator(db).currentVersion();
    if (version < kFirstVersionWithSnapshots)
        return; // no audit log yet: nothing it could vouch for
    readLog(db);
    checkSnapshots(db);
    if (version >= kFirstVersionWithUsers)
        checkAccounts(db);
}

void AuditedDataCheck::readLog(Database& db)
{
    for (const AuditEntry& e : AuditLog(db).entries()) {
        const QJsonObject after = afterOf(e);
        if (e.action == QLatin1String("results.lock")) {
            m_locks.insert(e.subject.toLongLong(),
                           {after.value(QStringLiteral("sha256")).toString(), e.id, false});
        } else if (e.action == QLatin1String("user.create")) {
            m_roles.insert(AccountName::key(e.subject),
                           {after.value(QStringLiteral("role")).toString(), e.id, false});
        } else if (e.action == QLatin1String("user.role")) {
            // A role given to an account the log never created does not create it.
            const auto it = m_roles.find(AccountName::key(e.subject));
            if (it != m_roles.end())
                *it = {after.value(QStringLiteral("role")).toString(), e.id, it->accepted};
        } else if (e.action == kRestoreAction) {
            for (const QJsonValue& v : after.value(kSnapshotsKey).toArray()) {
                const QJsonObject o = v.toObject();
                m_locks.insert(o.value(QStringLiteral("snapshot")).toInteger(),
                               {o.value(QStringLiteral("sha256")).toString(), e.id, true});
            }
            for (const QJsonValue& v : after.value(kAccountsKey).toArray()) {
                const QJsonObject o = v.toObject();
                m_roles.insert(AccountName::key(o.value(QStringLiteral("username")).toString()),
                               {o.value(QStringLiteral("role")).toString(), e.id, true});
            }
        }
    }
}

void AuditedDataCheck::checkSnapshots(Database& db)
{
    QSet<qint64> seen;
    QSqlQuery q = db.exec(QStringLiteral("SELECT id, locked_at, locked_by, content_json, sha256 "
                                         "FROM results_snapshots ORDER BY id"));
    while (q.next()) {
        ++m_snapshots;
        const qint64 id = q.value(0).toLongLong();
        seen.insert(id);
        const QString lockedAt = q.value(1).toString();
        const QString lockedBy = q.value(2).toString();
        const QString actual = ResultsLock::sha256(q.value(3).toString().toUtf8());
        const QString storedHash = q.value(4).toString();
        AuditFinding f{AuditFinding::Kind::Snapshot, QString::number(id), actual, QString()};
        const auto lock = m_locks.constFind(id);
        if (lock == m_locks.constEnd()) {
            f.message = tr("locked results snapshot %1 (locked %2 by %3) has no results.lock entry "
                           "in the audit log: it was not locked through Contest Admin")
                            .arg(id)
                            .arg(lockedAt, lockedBy);
        } else if (lock->sha256 != actual) {
            f.message = tr("locked results snapshot %1 (locked %2 by %3) was changed after it was "
                           "locked: its content hashes to %4, but audit entry %5 recorded %6")
                            .arg(id)
                            .arg(lockedAt, lockedBy, shortHash(actual))
                            .arg(lock->entry)
                            .arg(shortHash(lock->sha256));
        } else if (storedHash != actual && !lock->accepted) {
            // An accepted content vouches for the content only; a stale stored hash beside it
            // still stops printing (ResultsSnapshot::contentIntact).
            f.message = tr("locked results snapshot %1 (locked %2 by %3): its stored SHA-256 %4 "
                           "was changed; audit entry %5 recorded %6")
                            .arg(id)
                            .arg(lockedAt, lockedBy, shortHash(storedHash))
                            .arg(lock->entry)
                            .arg(shortHash(lock->sha256));
        }
        if (!f.message.isEmpty())
            m_snapshotFindings << f;
    }
    QList<qint64> ids = m_locks.keys();
    std::sort(ids.begin(), ids.end());
    for (qint64 id : ids) {
        const Lock& lock = m_locks[id];
        // Accepted as missing on a restore: an empty hash.
        if (seen.contains(id) || (lock.accepted && lock.sha256.isEmpty()))
            continue;
        m_snapshotFindings << AuditFinding{AuditFinding::Kind::Snapshot, QString::number(id),
                                           QString(),
                                           tr("locked results snapshot %1, locked in audit entry "
                                              "%2, was deleted from the database")
                                               .arg(id)
                                               .arg(lock.entry)};
    }
}

void AuditedDataCheck::checkAccounts(Database& db)
{
    QSqlQuery q = db.exec(QStringLiteral("SELECT username, role FROM users ORDER BY username_key"));
    while (q.next()) {
        ++m_accounts;
        const QString name = q.value(0).toString();
        const QString role = q.value(1).toString();
        const auto audited = m_roles.constFind(AccountName::key(name));
        AuditFinding f{AuditFinding::Kind::Account, name, role, QString()};
        if (audited == m_roles.constEnd())
            f.message = tr("account %1 (role %2) was not created through Contest Admin: the audit "
                           "log has no user.create entry for it")
                            .arg(name, role);
        else if (audited->role != role)
            f.message = tr("account %1 has the role %2, but the audit log gave it the role %3 "
                           "(entry %4)")
                            .arg(name, role, audited->role)
                            .arg(audited->entry);
        if (!f.message.isEmpty())
            m_accountFindings << f;
    }
}

QList<AuditFinding> AuditedDataCheck::findings() const
{
    return m_snapshotFindings + m_accountFindings;
}

QList<AuditFinding> AuditedDataCheck::snapshotFindings() const
{
    return m_snapshotFindings;
}

QList<AuditFinding> AuditedDataCheck::accountFindings() const
{
    return m_accountFindings;
}

QString AuditedDataCheck::snapshotProblem(qint64 id) const
{
    for (const AuditFinding& f : m_snapshotFindings)
        if (f.subject == QString::number(id))
            return f.message;
    return {};
}

QString AuditedDataCheck::lockedSha256(qint64 id) const
{
    return m_locks.value(id).sha256;
}

QString AuditedDataCheck::listed(const QList<AuditFinding>& findings)
{
    QStringList lines;
    for (const AuditFinding& f : findings)
        lines << QStringLiteral("  - ") + f.message;
    return lines.join(QLatin1Char('\n'));
}

void AuditedDataCheck::recordRestore(Database& db, const QString& backupName,
                                     const QList<AuditFinding>& accepted)
{
    QJsonArray snapshots;
    QJsonArray accounts;
    for (const AuditFinding& f : accepted) {
        if (f.kind == AuditFinding::Kind::Snapshot)
            snapshots.append(QJsonObject{{QStringLiteral("snapshot"), f.subject.toLongLong()},
                                         {QStringLiteral("sha256"), f.actual}});
        else
            accounts.append(QJsonObject{{QStringLiteral("username"), f.subject},
                                        {QStringLiteral("role"), f.actual}});
    }
    AuditLog(db).append(kRestoreAction, backupName, QJsonValue(),
                        QJsonObject{{QStringLiteral("backup"), backupName},
                                    {kSnapshotsKey, snapshots},
                                    {kAccountsKey, accounts}});
}
