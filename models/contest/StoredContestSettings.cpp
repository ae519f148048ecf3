#include "StoredContestSettings.h"

#include "ContestSettingsJson.h"
#include "storage/Database.h"

#include <QSqlQuery>

namespace StoredContestSettings {

std::optional<ContestSettings> read(Database& db)
{
    QSqlQuery q = db.exec(QStringLiteral("SELECT settings_json FROM contest WHERE id = 1"));
    if (!q.next())
        return std::nullopt;
    // Stored JSON was validated when saved; read it over the defaults so keys added by a
    // newer version of the settings get their default.
    return ContestSettingsJson::fromBytes(q.value(0).toString().toUtf8(),
                                          QStringLiteral("(stored settings)"),
                                          ContestSettings::defaults());
}

int rowVersion(Database& db)
{
    QSqlQuery q = db.exec(QStringLiteral("SELECT row_version FROM contest WHERE id = 1"));
    return q.next() ? q.value(0).toInt() : 0;
}

} // namespace StoredContestSettings
