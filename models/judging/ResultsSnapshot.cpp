#include "ResultsSnapshot.h"

#include "storage/Database.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlQuery>

QJsonObject ResultsSnapshot::json() const
{
    return QJsonDocument::fromJson(content).object();
}

bool ResultsSnapshot::contentIntact() const
{
    return sha256Of(content) == sha256;
}

QString ResultsSnapshot::sha256Of(const QByteArray& content)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

std::optional<ResultsSnapshot> ResultsSnapshot::current(Database& db)
{
    QSqlQuery q = db.exec(QStringLiteral("SELECT id, locked_at, locked_by, content_json, sha256 "
                                         "FROM results_snapshots WHERE unlocked_at IS NULL "
                                         "ORDER BY id DESC LIMIT 1"));
    if (!q.next())
        return std::nullopt;
    ResultsSnapshot s;
    s.id = q.value(0).toLongLong();
    s.lockedAt = q.value(1).toString();
    s.lockedBy = q.value(2).toString();
    s.content = q.value(3).toString().toUtf8();
    s.sha256 = q.value(4).toString();
    return s;
}
