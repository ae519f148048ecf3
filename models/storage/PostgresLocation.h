#pragma once

#include <QString>
#include <QUrl>

// Where a PostgreSQL database is, from `postgresql://user:password@host:port/dbname`
// (also `postgres://`; query items such as `?sslmode=require` go to libpq unchanged).
// User, password and database name are percent-decoded, so a password may hold '@' or
// '/' written as %40 and %2F.
struct PostgresLocation
{
    QString host = QStringLiteral("localhost");
    int port = 5432;
    QString database;
    QString user;
    QString password;
    QString connectOptions; // libpq keywords, "key=value;key=value" (QPSQL's form)
    QUrl url;               // the URL as given, password included

    static bool isUrl(const QString& location);
    // Throws UserError naming what is wrong with the URL.
    static PostgresLocation parse(const QString& location);
    // postgresql://user@host:port/dbname: what messages and titles show (never the password).
    QString displayName() const;
    // The same database with another name (tests create and drop throwaway databases).
    QString urlWithDatabase(const QString& otherDatabase) const;
};
