#include "PostgresLocation.h"

#include "core/Problem.h"

#include <QCoreApplication>
#include <QUrlQuery>

#include <algorithm>

bool PostgresLocation::isUrl(const QString& location)
{
    return location.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           location.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

PostgresLocation PostgresLocation::parse(const QString& location)
{
    const QUrl url(location, QUrl::TolerantMode);
    auto bad = [&](const QString& why) {
        // The message must not repeat the password, so it names the URL without it.
        QUrl shown(location, QUrl::TolerantMode);
        shown.setPassword(QString());
        return UserError(QCoreApplication::translate("Database", "%1: %2")
                             .arg(shown.toDisplayString(QUrl::RemovePassword), why));
    };
    if (!url.isValid()) {
        throw bad(QCoreApplication::translate(
            "Database", "not a valid database URL (postgresql://user:password@host:port/dbname)"));
    }
    PostgresLocation l;
    l.url = url;
    if (!url.host().isEmpty())
        l.host = url.host();
    l.port = url.port(5432);
    l.user = url.userName(QUrl::FullyDecoded);
    l.password = url.password(QUrl::FullyDecoded);
    QString path = url.path(QUrl::FullyDecoded);
    if (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    l.database = path;
    if (l.database.isEmpty() || l.database.contains(QLatin1Char('/')))
        throw bad(QCoreApplication::translate("Database",
                                              "the URL names no database (…/dbname at its end)"));
    QStringList options;
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto& [key, value] : items) {
        if (key.isEmpty() || key.contains(QLatin1Char(' ')) || value.contains(QLatin1Char(' ')) ||
            value.contains(QLatin1Char(';'))) {
            throw bad(QCoreApplication::translate("Database", "the URL option '%1' is not valid")
                          .arg(key));
        }
        options << key + QLatin1Char('=') + value;
    }
    // Without a timeout an unreachable server keeps the user waiting as long as TCP does.
    const bool hasTimeout = std::any_of(items.begin(), items.end(), [](const auto& kv) {
        return kv.first == QLatin1String("connect_timeout");
    });
    if (!hasTimeout)
        options << QStringLiteral("connect_timeout=10");
    options << QStringLiteral("application_name=contest-admin");
    l.connectOptions = options.join(QLatin1Char(';'));
    return l;
}

QString PostgresLocation::displayName() const
{
    QString s = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        s += user + QLatin1Char('@');
    s += host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    s += QLatin1Char(':') + QString::number(port) + QLatin1Char('/') + database;
    return s;
}

QString PostgresLocation::urlWithDatabase(const QString& otherDatabase) const
{
    QUrl u = url;
    u.setPath(QLatin1Char('/') + otherDatabase);
    return u.toString();
}
