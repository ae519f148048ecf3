#include "ContestDatabase.h"

#include "Migrator.h"
#include "core/Problem.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace ContestDatabase {

std::unique_ptr<Database> openAndMigrate(const QString& location)
{
    auto db = Database::open(location);
    Migrator(*db).migrate();
    return db;
}

std::unique_ptr<Database> openExisting(const QString& location)
{
    if (!location.contains(QLatin1String("://")) && !QFileInfo::exists(location)) {
        throw UserError(QCoreApplication::translate("ContestDatabase",
                                                    "%1 does not exist: run `contestctl --db %1 init` to create it")
                            .arg(location));
    }
    auto db = Database::open(location);
    const int version = Migrator(*db).currentVersion();
    if (version == 0) {
        throw UserError(QCoreApplication::translate("ContestDatabase",
                                                    "%1 holds no contest yet: run `contestctl --db %1 init` first")
                            .arg(db->displayName()));
    }
    if (version < Migrator::latestVersion()) {
        throw UserError(QCoreApplication::translate("ContestDatabase",
                                                    "%1 has an older schema (version %2, now %3): run "
                                                    "`contestctl --db %1 init` to upgrade it")
                            .arg(db->displayName())
                            .arg(version)
                            .arg(Migrator::latestVersion()));
    }
    if (version > Migrator::latestVersion())
        Migrator(*db).migrate(); // throws the "newer program" message
    return db;
}

} // namespace ContestDatabase
