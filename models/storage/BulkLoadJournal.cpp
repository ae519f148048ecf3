#include "BulkLoadJournal.h"

#include "Database.h"

#include <QSqlQuery>

namespace {

// The value of a PRAGMA that answers one row, or an empty variant when it failed.
QVariant pragma(Database& db, const QString& statement)
{
    QSqlQuery q(db.connection());
    if (!q.exec(statement) || !q.next())
        return {};
    return q.value(0);
}

} // namespace

BulkLoadJournal::BulkLoadJournal(Database& db) : m_db(db)
{
    if (db.inTransaction() || db.connection().driverName() != QLatin1String("QSQLITE"))
        return;
    if (pragma(db, QStringLiteral("PRAGMA journal_mode")).toString() != QLatin1String("wal"))
        return;
    // No waiting for the other connections: if there are any, WAL it stays.
    const QVariant timeout = pragma(db, QStringLiteral("PRAGMA busy_timeout"));
    pragma(db, QStringLiteral("PRAGMA busy_timeout = 0"));
    m_active = pragma(db, QStringLiteral("PRAGMA journal_mode = DELETE")).toString() ==
               QLatin1String("delete");
    pragma(db, QStringLiteral("PRAGMA busy_timeout = %1").arg(timeout.toInt()));
}

BulkLoadJournal::~BulkLoadJournal()
{
    if (m_active)
        pragma(m_db, QStringLiteral("PRAGMA journal_mode = WAL"));
}
