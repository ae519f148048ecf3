#include "Migrator.h"

#include "Database.h"
#include "SchemaSteps.h"
#include "core/Problem.h"

#include <QCoreApplication>
#include <QSqlQuery>

Migrator::Migrator(Database& db) : m_db(db) {}

int Migrator::latestVersion()
{
    return SchemaSteps::all().back().version;
}

int Migrator::currentVersion() const
{
    QSqlQuery tables = m_db.exec(m_db.dialect().listTablesStatement());
    bool hasVersionTable = false;
    bool hasOtherTables = false;
    while (tables.next()) {
        if (tables.value(0).toString() == QLatin1String("schema_version"))
            hasVersionTable = true;
        else
            hasOtherTables = true;
    }
    if (!hasVersionTable) {
        if (hasOtherTables) {
            throw EnvironmentError(QCoreApplication::translate(
                                       "Migrator", "%1 is a database of another program (it has tables "
                                                   "but no Contest Admin schema version)")
                                       .arg(m_db.displayName()));
        }
        return 0;
    }
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT version FROM schema_version"));
    return q.next() ? q.value(0).toInt() : 0;
}

void Migrator::migrate(int target)
{
    const int latest = latestVersion();
    if (target < 0)
        target = latest;
    const int current = currentVersion();
    if (current > latest) {
        throw EnvironmentError(QCoreApplication::translate(
                                   "Migrator", "%1 was made by a newer Contest Admin (schema version %2; "
                                               "this program knows up to %3): update the program")
                                   .arg(m_db.displayName())
                                   .arg(current)
                                   .arg(latest));
    }
    for (const SchemaSteps::Step& step : SchemaSteps::all()) {
        if (step.version <= current || step.version > target)
            continue;
        m_db.transaction([&] {
            step.apply(m_db);
            if (step.version == 1)
                m_db.exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (1)"));
            else
                m_db.exec(QStringLiteral("UPDATE schema_version SET version = ?"), {step.version});
        });
    }
}
