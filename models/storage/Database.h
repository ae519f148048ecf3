#pragma once

#include "SqlDialect.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <functional>
#include <memory>

// One open connection to the contest database (SQLite file, later PostgreSQL URL).
// Failures throw EnvironmentError (cannot open, locked, disk full) so callers need not
// check every statement; a failed transaction is rolled back.
class Database
{
public:
    // A file path (SQLite, created if missing). Throws EnvironmentError.
    static std::unique_ptr<Database> open(const QString& location);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QString location() const { return m_location; }
    QString displayName() const;
    const SqlDialect& dialect() const { return *m_dialect; }
    QSqlDatabase connection() const;

    // Runs one statement with positional (?) parameters; throws EnvironmentError. A null
    // QString binds as '', a null QVariant as NULL.
    QSqlQuery exec(const QString& sql, const QVariantList& binds = {});
    // Prepared once per call site is the caller's business; this prepares and checks.
    QSqlQuery prepare(const QString& sql);
    void execPrepared(QSqlQuery& query);

    // Runs `work` inside one transaction (nested calls join the outer one). Any exception
    // rolls back and propagates.
    void transaction(const std::function<void()>& work);
    bool inTransaction() const { return m_transactionDepth > 0; }

    // Makes a QSqlError into an EnvironmentError with `context` (what was being done).
    [[noreturn]] void fail(const QString& context, const QSqlError& error) const;

private:
    Database() = default;
    QString m_location;
    QString m_connectionName;
    std::unique_ptr<SqlDialect> m_dialect;
    int m_transactionDepth = 0;
};
