#include "PostgresTools.h"

#include "storage/PostgresLocation.h"

#include <QUrl>

namespace {
QString quoted(const QString& s)
{
    QString out = s;
    out.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + out + QLatin1Char('\'');
}
} // namespace

namespace PostgresTools {

bool isPostgresLocation(const QString& location)
{
    return location.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive) ||
           location.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive);
}

QString withoutPassword(const QString& url)
{
    QUrl u(url);
    u.setPassword(QString());
    return u.toString();
}

QString dumpCommand(const QString& url, const QString& outFile)
{
    const QString file = outFile.isEmpty() ? QStringLiteral("contest.dump") : outFile;
    return QStringLiteral("pg_dump --format=custom --no-owner --file=%1 %2")
        .arg(quoted(file), quoted(withoutPassword(url)));
}

QString restoreCommand(const QString& url, const QString& dumpFile)
{
    // Into a new, empty database, never over the one in use (docs/storage.md).
    QString target = withoutPassword(url);
    try {
        const PostgresLocation where = PostgresLocation::parse(url);
        target =
            withoutPassword(where.urlWithDatabase(where.database + QStringLiteral("_restored")));
    } catch (const std::exception&) {
    }
    return QStringLiteral(
               "pg_restore --no-owner --exit-on-error --single-transaction --dbname=%1 %2")
        .arg(quoted(target), quoted(dumpFile));
}

} // namespace PostgresTools
