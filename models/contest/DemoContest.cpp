#include "DemoContest.h"

#include "ContestRepository.h"
#include "ContestSettingsJson.h"
#include "storage/Database.h"
#include "units/ExclusionImporter.h"
#include "units/UnitImporter.h"

#include <QFile>

namespace {
QByteArray resource(const QString& name)
{
    QFile f(QStringLiteral(":/data/demo/") + name);
    if (!f.open(QIODevice::ReadOnly))
        throw EnvironmentError(QStringLiteral("missing built-in demo file %1").arg(name));
    return f.readAll();
}
} // namespace

namespace DemoContest {

void populate(Database& db)
{
    db.transaction([&] {
        ContestRepository(db).save(ContestSettingsJson::fromBytes(
            resource(QStringLiteral("contest.json")), QStringLiteral("contest.json"), ContestSettings::defaults()));
        UnitImporter units(db);
        units.apply(units.planFromBytes(resource(QStringLiteral("units.csv")), QStringLiteral("units.csv")));
        ExclusionImporter exclusions(db);
        exclusions.apply(exclusions.planFromBytes(resource(QStringLiteral("exclusions.csv")),
                                                  QStringLiteral("exclusions.csv")));
    });
}

} // namespace DemoContest
