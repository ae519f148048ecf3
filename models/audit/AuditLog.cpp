#include "AuditLog.h"

#include "core/Problem.h"
#include "storage/Database.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString s_user;

QString canonical(const QJsonValue& v)
{
    if (v.isUndefined() || v.isNull())
        return QString();
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
}

const QString kHeadKey = QStringLiteral("audit_head");

} // namespace

void AuditLog::setCurrentUser(const QString& user)
{
    s_user = user;
}

QString AuditLog::currentUser()
{
    if (!s_user.isEmpty())
        return s_user;
    const QString os = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return os.isEmpty() ? QStringLiteral("unknown") : os;
}

QString AuditLog::hashOf(const AuditEntry& e)
{
    // Fields joined with a separator that cannot occur unescaped in them (JSON escapes
    // control characters), so no two different entries hash the same text.
    const QString text = QStringList{e.prevHash, QString::number(e.id), e.at, e.user, e.action, e.subject,
                                     e.beforeJson, e.afterJson}
                             .join(QChar(0x1F));
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

void AuditLog::append(const QString& action, const QString& subject, const QJsonValue& before, const QJsonValue& after)
{
    m_db.transaction([&] {
        // Two PCs appending at once on a shared database would both chain onto the same
        // last entry: the second waits for the first instead.
        m_db.exec(m_db.dialect().serializeWritersStatement(QStringLiteral("audit_log")));
        AuditEntry e;
        QSqlQuery last = m_db.exec(QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"));
        if (last.next()) {
            e.id = last.value(0).toLongLong() + 1;
            e.prevHash = last.value(1).toString();
        } else {
            e.id = 1;
        }
        last.finish();
        e.at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        e.user = currentUser();
        e.action = action;
        e.subject = subject;
        e.beforeJson = canonical(before);
        e.afterJson = canonical(after);
        e.hash = hashOf(e);
        m_db.exec(QStringLiteral("INSERT INTO audit_log (id, at, user_name, action, subject, before_json, "
                                 "after_json, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                  {e.id, e.at, e.user, e.action, e.subject, e.beforeJson, e.afterJson, e.prevHash, e.hash});
        m_db.exec(QStringLiteral("INSERT INTO app_meta (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                  {kHeadKey, QStringLiteral("%1:%2").arg(e.id).arg(e.hash)});
    });
}

QList<AuditEntry> AuditLog::entries() const
{
    QList<AuditEntry> list;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id, at, user_name, action, subject, before_json, after_json, "
                                           "prev_hash, hash FROM audit_log ORDER BY id"));
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = q.value(1).toString();
        e.user = q.value(2).toString();
        e.action = q.value(3).toString();
        e.subject = q.value(4).toString();
        e.beforeJson = q.value(5).toString();
        e.afterJson = q.value(6).toString();
        e.prevHash = q.value(7).toString();
        e.hash = q.value(8).toString();
        list << e;
    }
    return list;
}

AuditLog::Verification AuditLog::verify() const
{
    Verification v;
    const QList<AuditEntry> list = entries();
    QString prev;
    qint64 expectedId = 1;
    for (const AuditEntry& e : list) {
        ++v.checked;
        if (e.id != expectedId)
            v.problems << tr("entry %1 is missing (the next entry is %2)").arg(expectedId).arg(e.id);
        if (e.prevHash != prev)
            v.problems << tr("entry %1 does not follow the entry before it (an entry was changed or deleted)").arg(e.id);
        if (hashOf(e) != e.hash)
            v.problems << tr("entry %1 was changed after it was written").arg(e.id);
        prev = e.hash;
        expectedId = e.id + 1;
    }
    QSqlQuery head = m_db.exec(QStringLiteral("SELECT value FROM app_meta WHERE key = ?"), {kHeadKey});
    const QString expectedHead = list.isEmpty() ? QString() : QStringLiteral("%1:%2").arg(list.last().id).arg(list.last().hash);
    const QString storedHead = head.next() ? head.value(0).toString() : QString();
    if (storedHead != expectedHead)
        v.problems << tr("the last entries of the log were deleted or changed (the log ends at %1, but %2 was written last)")
                          .arg(expectedHead.isEmpty() ? tr("nothing") : expectedHead.section(QLatin1Char(':'), 0, 0),
                               storedHead.isEmpty() ? tr("nothing") : storedHead.section(QLatin1Char(':'), 0, 0));
    v.intact = v.problems.isEmpty();
    return v;
}
