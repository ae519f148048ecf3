#include "LastChange.h"

#include "core/Rfc3339.h"
#include "storage/Database.h"

#include <QDateTime>

LastChange LastChange::ofSettings(Database& db)
{
    LastChange c;
    QSqlQuery q = db.exec(
        QStringLiteral("SELECT user_name, at FROM audit_log WHERE action = 'settings.update' "
                       "ORDER BY id DESC LIMIT 1"));
    if (q.next()) {
        c.who = q.value(0).toString();
        c.at = q.value(1).toString();
    }
    q.finish();
    QSqlQuery stored = db.exec(QStringLiteral("SELECT updated_at FROM contest WHERE id = 1"));
    if (stored.next() && !stored.value(0).toString().isEmpty())
        c.at = stored.value(0).toString();
    return c;
}

LastChange LastChange::ofQuestion(Database& db, const QString& questionId)
{
    LastChange c;
    QSqlQuery q = db.exec(QStringLiteral("SELECT changed_by, changed_at FROM question_revisions "
                                         "WHERE question_id = ? ORDER BY id DESC LIMIT 1"),
                          {questionId});
    if (q.next()) {
        c.who = q.value(0).toString();
        c.at = q.value(1).toString();
    }
    return c;
}

QString LastChange::describe() const
{
    QString when;
    if (const std::optional<Timestamp> t = Rfc3339::parse(at)) {
        when = QDateTime::fromMSecsSinceEpoch(t->utcMs).toLocalTime().toString(
            QStringLiteral("dd/MM/yyyy HH:mm"));
    } else if (const QDateTime d = QDateTime::fromString(at, Qt::ISODateWithMs); d.isValid()) {
        when = d.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"));
    }
    QStringList parts;
    if (!who.isEmpty())
        parts << who;
    if (!when.isEmpty())
        parts << when;
    return parts.join(QStringLiteral(", "));
}

QString LastChange::refusal(const QString& what, const LastChange& change)
{
    const QString by = change.describe();
    return (by.isEmpty()
                ? tr("%1: someone else saved a change after you opened it.").arg(what)
                : tr("%1: someone else saved a change after you opened it (%2).").arg(what, by)) +
           QLatin1Char(' ') +
           tr("Your save was refused so that their change is not overwritten: reload to see their "
              "change, then make yours again.");
}
