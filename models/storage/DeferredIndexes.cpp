#include "DeferredIndexes.h"

#include "Database.h"

#include <QSqlDriver>
#include <QSqlQuery>

DeferredIndexes::DeferredIndexes(Database& db, const QString& table) : m_db(db)
{
    Q_ASSERT(db.inTransaction());
    if (db.connection().driverName() != QLatin1String("QSQLITE"))
        return;
    // The primary key's own index has no SQL: it stays, the load needs it to find
    // duplicates.
    QSqlQuery q = db.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = "
                                         "'index' AND tbl_name = ? AND sql IS NOT NULL "
                                         "ORDER BY name"),
                          {table});
    QStringList names;
    while (q.next()) {
        names << q.value(0).toString();
        m_definitions << q.value(1).toString();
    }
    for (const QString& name : std::as_const(names))
        db.exec(QStringLiteral("DROP INDEX \"%1\"").arg(name));
}

void DeferredIndexes::restore()
{
    Q_ASSERT(m_db.inTransaction());
    for (const QString& sql : std::as_const(m_definitions))
        m_db.exec(sql);
    m_definitions.clear();
}
