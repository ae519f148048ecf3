#include "PostgresCopy.h"

#include "Database.h"
#include "core/Problem.h"

#include <QSqlDriver>
#include <QVariant>

#ifdef CONTEST_HAVE_LIBPQ
#include <libpq-fe.h>
#endif

namespace {
// A message to the server every this many bytes: large enough that the per-message cost
// vanishes, small enough to stay in the CPU's cache.
constexpr qsizetype kSendBytes = 256 * 1024;
} // namespace

#ifdef CONTEST_HAVE_LIBPQ

std::unique_ptr<PostgresCopy> PostgresCopy::start(Database& db, const QString& table,
                                                  const QString& columns)
{
    if (!db.isServer())
        return nullptr;
    const QVariant handle = db.connection().driver()->handle();
    // Qt 6 names the type as the compiler spells it: "pg_conn*" (PGconn is a typedef).
    if (!handle.isValid() ||
        (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0))
        return nullptr;
    PGconn* connection = *static_cast<PGconn* const*>(handle.constData());
    if (!connection)
        return nullptr;
    std::unique_ptr<PostgresCopy> copy(new PostgresCopy(db, connection, table));
    const QByteArray sql = QStringLiteral("COPY %1 (%2) FROM STDIN").arg(table, columns).toUtf8();
    PGresult* result = PQexec(connection, sql.constData());
    const ExecStatusType status = PQresultStatus(result);
    PQclear(result);
    if (status != PGRES_COPY_IN) {
        copy->m_open = false;
        copy->fail(QString::fromUtf8(PQerrorMessage(connection)));
    }
    copy->m_buffer.reserve(kSendBytes + 64 * 1024);
    return copy;
}

PostgresCopy::~PostgresCopy()
{
    if (m_open) {
        // Abandoned (an exception between start and finish): end the copy with an error so
        // the connection is usable for the ROLLBACK that follows.
        PQputCopyEnd(m_connection, "abandoned by the client");
        while (PGresult* r = PQgetResult(m_connection))
            PQclear(r);
    }
}

void PostgresCopy::send()
{
    if (m_buffer.isEmpty())
        return;
    if (PQputCopyData(m_connection, m_buffer.constData(), int(m_buffer.size())) != 1)
        fail(QString::fromUtf8(PQerrorMessage(m_connection)));
    m_buffer.clear();
}

qint64 PostgresCopy::finish()
{
    send();
    m_open = false;
    if (PQputCopyEnd(m_connection, nullptr) != 1)
        fail(QString::fromUtf8(PQerrorMessage(m_connection)));
    qint64 rows = 0;
    QString error;
    while (PGresult* r = PQgetResult(m_connection)) {
        if (PQresultStatus(r) == PGRES_COMMAND_OK)
            rows = QByteArray(PQcmdTuples(r)).toLongLong();
        else if (error.isEmpty())
            error = QString::fromUtf8(PQresultErrorMessage(r));
        PQclear(r);
    }
    if (!error.isEmpty())
        fail(error);
    return rows;
}

#else // no libpq: every caller uses INSERT

std::unique_ptr<PostgresCopy> PostgresCopy::start(Database&, const QString&, const QString&)
{
    return nullptr;
}
PostgresCopy::~PostgresCopy() = default;
void PostgresCopy::send()
{
}
qint64 PostgresCopy::finish()
{
    return 0;
}

#endif

PostgresCopy::PostgresCopy(Database& db, pg_conn* connection, const QString& table)
    : m_db(db), m_connection(connection), m_table(table)
{
}

void PostgresCopy::fail(const QString& what)
{
    throw EnvironmentError(
        tr("%1: copying rows into %2: %3").arg(m_db.displayName(), m_table, what.trimmed()));
}

void PostgresCopy::separate()
{
    if (m_rowStarted)
        m_buffer += '\t';
    m_rowStarted = true;
}

void PostgresCopy::escapeInto(const char* data, qsizetype size)
{
    // COPY's text format: a backslash starts an escape, tab and newline end a field or row.
    const char* run = data;
    const char* end = data + size;
    for (const char* p = data; p != end; ++p) {
        const char c = *p;
        if (c != '\\' && c != '\t' && c != '\n' && c != '\r')
            continue;
        m_buffer.append(run, p - run);
        m_buffer += '\\';
        m_buffer += c == '\t' ? 't' : c == '\n' ? 'n' : c == '\r' ? 'r' : '\\';
        run = p + 1;
    }
    m_buffer.append(run, end - run);
}

void PostgresCopy::text(const QString& s)
{
    separate();
    const QByteArray utf8 = s.toUtf8();
    escapeInto(utf8.constData(), utf8.size());
}

void PostgresCopy::utf8(const QByteArray& bytes)
{
    separate();
    escapeInto(bytes.constData(), bytes.size());
}

void PostgresCopy::integer(qint64 n)
{
    separate();
    m_buffer += QByteArray::number(n);
}

void PostgresCopy::null()
{
    separate();
    m_buffer += "\\N";
}

void PostgresCopy::endRow()
{
    m_buffer += '\n';
    m_rowStarted = false;
    if (m_buffer.size() >= kSendBytes)
        send();
}
