#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

class Database;
struct AuditEntry;

// Something stored that the audit log does not vouch for.
struct AuditFinding
{
    enum class Kind
    {
        Snapshot,
        Account
    };
    Kind kind = Kind::Snapshot;
    QString subject; // the snapshot's id, or the account's name
    QString actual;  // what is stored: the snapshot content's SHA-256, or the account's role
    QString message; // names the snapshot or account and says what does not match
};

// Compares what the audit log recorded with what the tables hold, beyond the chain itself
// (AuditLog::verify): every locked results snapshot must hash to the SHA-256 of its
// `results.lock` entry, and every account must have been created by a `user.create`
// entry with the role the log gave it last (`user.create`, `user.role`). Anyone able to
// write the database file could otherwise change the frozen results, or add a committee
// account, without a trace in the log. A restore that the committee forced in spite of
// findings records them in a `backup.restore` entry; from then on they count as audited.
class AuditedDataCheck
{
    Q_DECLARE_TR_FUNCTIONS(AuditedDataCheck)
public:
    explicit AuditedDataCheck(Database& db);

    QList<AuditFinding> findings() const; // snapshots first, then accounts
    QList<AuditFinding> snapshotFindings() const;
    QList<AuditFinding> accountFindings() const;
    // Why snapshot `id` does not match its lock entry; empty when it does.
    QString snapshotProblem(qint64 id) const;
    // The SHA-256 the audit log recorded when snapshot `id` was locked (or accepted on a
    // restore); empty when the log has none.
    QString lockedSha256(qint64 id) const;
    int snapshotsChecked() const { return m_snapshots; }
    int accountsChecked() const { return m_accounts; }

    // Appends the `backup.restore` entry of a restore from `backupName`, with the findings
    // the committee accepted (empty: the backup matched its audit log).
    static void recordRestore(Database& db, const QString& backupName,
                              const QList<AuditFinding>& accepted);
    static QString listed(const QList<AuditFinding>& findings); // one indented line each

private:
    struct Lock
    {
        QString sha256;
        qint64 entry = 0;
        bool accepted = false;
    };
    struct Account
    {
        QString role;
        qint64 entry = 0;
        bool accepted = false;
    };
    void readLog(Database& db);
    void checkSnapshots(Database& db);
    void checkAccounts(Database& db);

    QHash<qint64, Lock> m_locks;
    QHash<QString, Account> m_roles; // by AccountName::key(username)
    QList<AuditFinding> m_snapshotFindings;
    QList<AuditFinding> m_accountFindings;
    int m_snapshots = 0;
    int m_accounts = 0;
};
