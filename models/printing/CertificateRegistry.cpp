#include "CertificateRegistry.h"

#include "VerificationCode.h"
#include "audit/AuditedDataCheck.h"
#include "judging/ResultsLock.h"
#include "storage/Database.h"

#include <QDateTime>

void CertificateRegistry::issue(QList<CertificateEntry>& entries, const ResultsSnapshot& snapshot,
                                const QString& numberSuffix, int numberStart,
                                const std::function<QString(const CertificateEntry&)>& achievement)
{
    if (entries.isEmpty())
        return;
    const QString kind = entries.first().kind;
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    m_db.transaction([&] {
        QSqlQuery maxQ = m_db.exec(
            QStringLiteral("SELECT MAX(seq) FROM certificates_issued WHERE kind = ?"), {kind});
        qint64 next =
            maxQ.next() && !maxQ.value(0).isNull() ? maxQ.value(0).toLongLong() + 1 : numberStart;
        QSqlQuery find =
            m_db.prepare(QStringLiteral("SELECT number FROM certificates_issued WHERE code = ?"));
        QSqlQuery insert = m_db.prepare(QStringLiteral(
            "INSERT INTO certificates_issued (code, kind, seq, number, recipient, recipient_name, "
            "unit, achievement,"
            " snapshot_id, snapshot_sha256, issued_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (CertificateEntry& e : entries) {
            e.code = VerificationCode::make(snapshot.sha256, e.recipient, e.kind);
            find.bindValue(0, e.code);
            m_db.execPrepared(find);
            if (find.next()) {
                e.number = find.value(0).toString();
                continue;
            }
            const qint64 seq = next++;
            e.number = QStringLiteral("%1/%2").arg(seq).arg(numberSuffix);
            const QVariantList binds = {e.code,      e.kind,          seq,        e.number,
                                        e.recipient, e.name,          e.unitName, achievement(e),
                                        snapshot.id, snapshot.sha256, now};
            for (int i = 0; i < binds.size(); ++i)
                insert.bindValue(i, binds.at(i));
            m_db.execPrepared(insert);
        }
    });
}

std::optional<IssuedCertificate> CertificateRegistry::find(const QString& code) const
{
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT code, kind, number, recipient, recipient_name, unit, achievement,"
                       " snapshot_id, snapshot_sha256, issued_at FROM certificates_issued"
                       " WHERE code = ?"),
        {VerificationCode::normalise(code)});
    if (!q.next())
        return std::nullopt;
    IssuedCertificate c;
    c.code = q.value(0).toString();
    c.kind = q.value(1).toString();
    c.number = q.value(2).toString();
    c.recipient = q.value(3).toString();
    c.recipientName = q.value(4).toString();
    c.unit = q.value(5).toString();
    c.achievement = q.value(6).toString();
    c.snapshotId = q.value(7).toLongLong();
    c.snapshotSha256 = q.value(8).toString();
    c.issuedAt = q.value(9).toString();
    return c;
}

QStringList CertificateRegistry::codes() const
{
    QSqlQuery q =
        m_db.exec(QStringLiteral("SELECT code FROM certificates_issued ORDER BY kind, seq"));
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

CertificateCheck CertificateRegistry::check(const QString& code) const
{
    CertificateCheck result;
    result.certificate = find(code);
    if (!result.certificate)
        return result;
    const IssuedCertificate& c = *result.certificate;
    result.status = CertificateCheck::Status::NotValid;
    const AuditedDataCheck audited(m_db);
    const QString locked = audited.lockedSha256(c.snapshotId);
    if (const QString problem = audited.snapshotProblem(c.snapshotId); !problem.isEmpty()) {
        result.reason = problem;
    } else if (locked.isEmpty()) {
        result.reason = tr("the audit log records no lock of results snapshot %1, which this "
                           "certificate names")
                            .arg(c.snapshotId);
    } else if (locked != c.snapshotSha256) {
        result.reason = tr("its record names results with SHA-256 %1, but snapshot %2 was locked "
                           "with %3: the record or the snapshot was altered")
                            .arg(c.snapshotSha256)
                            .arg(c.snapshotId)
                            .arg(locked);
    } else if (VerificationCode::make(c.snapshotSha256, c.recipient, c.kind) != c.code) {
        result.reason = tr("its record was altered: the code was not issued for this recipient");
    } else {
        const std::optional<ResultsSnapshot> current = ResultsLock(m_db).current();
        result.status = current && current->sha256 == c.snapshotSha256
                            ? CertificateCheck::Status::Valid
                            : CertificateCheck::Status::Superseded;
    }
    return result;
}
