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

namespace {
// Into a new, empty database, never over the one in use (docs/storage.md).
QString restoredUrl(const QString& url)
{
    try {
        const PostgresLocation where = PostgresLocation::parse(url);
        return withoutPassword(where.urlWithDatabase(where.database + QStringLiteral("_restored")));
    } catch (const std::exception&) {
        return withoutPassword(url);
    }
}
} // namespace

QString verifyCommand(const QString& url)
{
    return QStringLiteral("contestctl --db %1 audit verify").arg(quoted(restoredUrl(url)));
}

QString restoreCommand(const QString& url, const QString& dumpFile)
{
    const QString target = restoredUrl(url);
    return QStringLiteral(
               "pg_restore --no-owner --exit-on-error --single-transaction --dbname=%1 %2")
        .arg(quoted(target), quoted(dumpFile));
}

} // namespace PostgresTools
