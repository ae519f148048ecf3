#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

// Everything that differs between the engines lives here, so schema steps and
// repositories are written once. Schema SQL uses placeholders that the dialect expands:
//   {{ID}}     an auto-numbered 64-bit primary key column type
//   {{BLOB}}   a binary column type
//   {{BOOL}}   a 0/1 column type (an integer on both engines, so binds stay 0/1)
//   {{INT64}}  a 64-bit integer column type (INTEGER is 32-bit on PostgreSQL)
//   {{TEXT_ORDER}}  the collation that sorts text by code point on both engines
//   {{ROW_SEQ}}     the number of a submissions row in insertion order: SQLite's rowid,
//                   on PostgreSQL the row_seq column schema v10 adds to submissions
class SqlDialect
{
public:
    virtual ~SqlDialect() = default;
    virtual QString name() const = 0;
    virtual QString driver() const = 0;
    // Pragmas and session settings applied right after a connection opens.
    virtual QStringList sessionSetup() const = 0;
    virtual QString expand(QString sql) const = 0;
    // A cheap read that fails when the file or server is not a usable database.
    virtual QString probeStatement() const = 0;
    // Names of the user tables that exist (to tell an empty database from an old one).
    virtual QString listTablesStatement() const = 0;
    // Error text that means "someone else holds the database" (an environment error).
    virtual bool isBusyError(const QString& nativeCode, const QString& text) const = 0;
    // A database server (connections over the network) rather than a local file.
    virtual bool isServer() const = 0;
    // Run at the end of every outermost transaction, so that the other connections (another
    // office PC's app) hear that something changed; empty where changes are polled instead
    // (SQLite: PRAGMA data_version). changeChannel() is what they listen to.
    virtual QString changeNoticeStatement() const { return {}; }
    virtual QString changeChannel() const { return {}; }
    // First statement of a transaction that reads `table` to decide what to write to it
    // (check, then insert): until it ends, another such transaction waits, then reads what
    // this one wrote. SQLite: a write that changes nothing, which takes the database's
    // write lock; PostgreSQL: a table lock that only writers of the same kind conflict on.
    virtual QString serializeWritersStatement(const QString& table) const = 0;
    // The error of an INSERT that a UNIQUE constraint refused (someone else wrote that key
    // first): a caller may read again and retry, where any other error is a failure.
    virtual bool isUniqueViolation(const QString& nativeCode) const = 0;

    static std::unique_ptr<SqlDialect> forDriver(const QString& driver);
};

class SqliteDialect : public SqlDialect
{
public:
    QString name() const override { return QStringLiteral("SQLite"); }
    QString driver() const override { return QStringLiteral("QSQLITE"); }
    QStringList sessionSetup() const override;
    QString expand(QString sql) const override;
    QString probeStatement() const override;
    QString listTablesStatement() const override;
    bool isBusyError(const QString& nativeCode, const QString& text) const override;
    bool isServer() const override { return false; }
    QString serializeWritersStatement(const QString& table) const override;
    bool isUniqueViolation(const QString& nativeCode) const override;
};

// PostgreSQL 13 or newer through Qt's QPSQL driver.
class PostgresDialect : public SqlDialect
{
public:
    QString name() const override { return QStringLiteral("PostgreSQL"); }
    QString driver() const override { return QStringLiteral("QPSQL"); }
    QStringList sessionSetup() const override;
    QString expand(QString sql) const override;
    QString probeStatement() const override;
    QString listTablesStatement() const override;
    bool isBusyError(const QString& nativeCode, const QString& text) const override;
    bool isServer() const override { return true; }
    QString changeNoticeStatement() const override;
    QString changeChannel() const override;
    QString serializeWritersStatement(const QString& table) const override;
    bool isUniqueViolation(const QString& nativeCode) const override;
};
