#include "SqlDialect.h"

QStringList SqliteDialect::sessionSetup() const
{
    // WAL lets the app read while contestctl syncs; the timeout turns brief contention into
    // waiting rather than "database is locked".
    return {QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA journal_mode = WAL"),
            QStringLiteral("PRAGMA synchronous = NORMAL"), QStringLiteral("PRAGMA busy_timeout = 5000")};
}

QString SqliteDialect::expand(QString sql) const
{
    sql.replace(QLatin1String("{{ID}}"), QLatin1String("INTEGER PRIMARY KEY AUTOINCREMENT"));
    sql.replace(QLatin1String("{{BLOB}}"), QLatin1String("BLOB"));
    sql.replace(QLatin1String("{{BOOL}}"), QLatin1String("INTEGER"));
    return sql;
}

QString SqliteDialect::probeStatement() const
{
    return QStringLiteral("SELECT count(*) FROM sqlite_master");
}

QString SqliteDialect::listTablesStatement() const
{
    return QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
}

bool SqliteDialect::isBusyError(const QString& nativeCode, const QString& text) const
{
    // SQLITE_BUSY = 5, SQLITE_LOCKED = 6
    return nativeCode == QLatin1String("5") || nativeCode == QLatin1String("6") ||
           text.contains(QLatin1String("locked"), Qt::CaseInsensitive);
}

std::unique_ptr<SqlDialect> SqlDialect::forDriver(const QString& driver)
{
    if (driver == QLatin1String("QSQLITE"))
        return std::make_unique<SqliteDialect>();
    return nullptr;
}
