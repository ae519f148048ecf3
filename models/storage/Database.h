#pragma once

#include "SqlDialect.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QUrl>
#include <QVariantList>

#include <functional>
#include <memory>

// One open connection to the contest database: a SQLite file or a PostgreSQL database
// (postgresql://user:password@host:port/dbname, see PostgresLocation).
// Failures throw EnvironmentError (cannot open, locked, disk full, server unreachable,
// login refused) so callers need not check every statement; a failed transaction is
// rolled back.
class Database
{
public:
    // Asked for the password of a PostgreSQL URL that has none, after a login without
    // one (libpq also reads PGPASSWORD and ~/.pgpass) was refused. Gets the URL without
    // password (user, host, port, database); returns the password, or an empty string
    // to give up (the open then fails with the server's message). The app installs one
    // that reads the keychain or asks the user; contestctl installs none.
    using PasswordProvider = std::function<QString(const QUrl& location)>;
    static void setPasswordProvider(PasswordProvider provider);

    // A file path (SQLite, created if missing) or a postgresql:// URL (the database must
    // exist). Throws EnvironmentError, or UserError for a malformed URL.
    static std::unique_ptr<Database> open(const QString& location);
    // A second connection to the same database, for the thread that calls it (a
    // QSqlDatabase connection may only be used by the thread that opened it): cloned by
    // name, so a PostgreSQL password given once is not asked again. `this` stays usable by
    // its own thread meanwhile.
    std::unique_ptr<Database> openCloneForThisThread() const;
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // As given to open(): for PostgreSQL it may hold the password, so never show it.
    QString location() const { return m_location; }
    // The file path, or the URL without password: what messages may show.
    QString displayName() const;
    // The same for a location not opened (or that failed to open), e.g. in an error message.
    static QString displayNameOf(const QString& location);
    bool isServer() const { return m_dialect->isServer(); }
    const SqlDialect& dialect() const { return *m_dialect; }
    QSqlDatabase connection() const;

    // Runs one statement with positional (?) parameters; throws EnvironmentError. A null
    // QString binds as '', a null QVariant as NULL.
    // On PostgreSQL the values are written into the statement (InlineParameters): one
    // round trip; use prepare() for a statement run many times.
    QSqlQuery exec(const QString& sql, const QVariantList& binds = {});
    // The same into `q` (on this connection), returning false with q.lastError() instead
    // of throwing: for a caller that handles some errors (a UNIQUE violation) itself.
    bool tryExec(QSqlQuery& q, const QString& sql, const QVariantList& binds = {});
    // Prepared once per call site is the caller's business; this prepares and checks.
    QSqlQuery prepare(const QString& sql);
    void execPrepared(QSqlQuery& query);
    // Runs an INSERT into a table whose key is an {{ID}} column and returns the new id.
    // QPSQL gives no lastInsertId for identity columns, so this appends RETURNING id,
    // which both engines understand (SQLite since 3.35).
    qint64 insertReturningId(const QString& insertSql, const QVariantList& binds = {});

    // Runs `work` inside one transaction (nested calls join the outer one). Any exception
    // rolls back and propagates.
    void transaction(const std::function<void()>& work);
    bool inTransaction() const { return m_transactionDepth > 0; }

    // Makes a QSqlError into an EnvironmentError with `context` (what was being done).
    [[noreturn]] void fail(const QString& context, const QSqlError& error) const;

private:
    Database() = default;
    static std::unique_ptr<Database> openSqlite(const QString& location);
    static std::unique_ptr<Database> openPostgres(const QString& location);
    void startSession();
    static void normalizeBinds(QSqlQuery& query);
    QString m_location;
    QString m_displayName;
    QString m_connectionName;
    std::unique_ptr<SqlDialect> m_dialect;
    int m_transactionDepth = 0;
};
