#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>

class Database;
struct pg_conn;

// Rows into one PostgreSQL table by COPY ... FROM STDIN (libpq's copy protocol on the
// connection QPSQL opened): the rows stream to the server in large messages, where INSERT
// statements cost a parse and a plan each (issue 17: the sync into PostgreSQL).
// Values are written in COPY's text format, in the order of the columns given; endRow()
// after each row, finish() once: nothing is stored before finish() returns, and a failure
// there (or anywhere) throws EnvironmentError and leaves the caller's transaction to roll
// back. Only between two Qt statements: no QSqlQuery may be reading meanwhile.
class PostgresCopy
{
    Q_DECLARE_TR_FUNCTIONS(PostgresCopy)
public:
    // Null when `db` is not PostgreSQL reached through libpq (then use INSERT).
    static std::unique_ptr<PostgresCopy> start(Database& db, const QString& table,
                                               const QString& columns);
    ~PostgresCopy();
    PostgresCopy(const PostgresCopy&) = delete;
    PostgresCopy& operator=(const PostgresCopy&) = delete;

    void text(const QString& s);
    void utf8(const QByteArray& bytes);
    void integer(qint64 n);
    void null();
    void endRow();
    // Sends what is left and waits for the server's verdict; returns the rows stored.
    qint64 finish();

private:
    PostgresCopy(Database& db, pg_conn* connection, const QString& table);
    void separate();
    void escapeInto(const char* data, qsizetype size);
    void send();
    [[noreturn]] void fail(const QString& what);

    Database& m_db;
    pg_conn* m_connection;
    QString m_table;
    QByteArray m_buffer;
    bool m_rowStarted = false;
    bool m_open = true;
};
