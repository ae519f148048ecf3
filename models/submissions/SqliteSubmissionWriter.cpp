#include "SqliteSubmissionWriter.h"

#include "EncodedRow.h"
#include "StoreDecision.h"
#include "SubmissionRow.h"
#include "storage/Database.h"
#include "storage/WalCheckpointThread.h"

#include <QDateTime>
#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

namespace {

void bindText(sqlite3_stmt* s, int column, const QString& text)
{
    // A null QString means "" in these columns, as SubmissionStore binds it.
    static const char16_t empty = 0;
    const void* data = text.isNull() ? &empty : static_cast<const void*>(text.utf16());
    sqlite3_bind_text16(s, column, data, int(text.size() * 2), SQLITE_STATIC);
}

void bindTextOrNull(sqlite3_stmt* s, int column, const QString& text)
{
    if (text.isEmpty())
        sqlite3_bind_null(s, column);
    else
        bindText(s, column, text);
}

// SubmissionRow's values bound straight into the prepared statement, without QVariant.
// Bound as SQLITE_STATIC: the record's strings outlive the step; a temporary is kept here.
struct BoundRow
{
    sqlite3_stmt* s;
    QString owned;

    void text(int column, const QString& t) { bindText(s, column, t); }
    void textOrNull(int column, const QString& t) { bindTextOrNull(s, column, t); }
    void ownedText(int column, QString t)
    {
        owned = std::move(t);
        bindText(s, column, owned);
    }
    void utf8(int column, const QByteArray& bytes)
    {
        sqlite3_bind_text(s, column, bytes.constData(), int(bytes.size()), SQLITE_STATIC);
    }
    void integer(int column, qint64 n) { sqlite3_bind_int64(s, column, n); }
    void integerOrNull(int column, const std::optional<qint64>& n)
    {
        if (n)
            sqlite3_bind_int64(s, column, *n);
        else
            sqlite3_bind_null(s, column);
    }
};

} // namespace

std::unique_ptr<SqliteSubmissionWriter> SqliteSubmissionWriter::open(Database& db)
{
    const QSqlDriver* driver = db.connection().driver();
    if (!driver || db.connection().driverName() != QLatin1String("QSQLITE"))
        return nullptr;
    const QVariant handle = driver->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    sqlite3* h = *static_cast<sqlite3* const*>(handle.data());
    if (!h)
        return nullptr;
    return std::unique_ptr<SqliteSubmissionWriter>(new SqliteSubmissionWriter(db, h));
}

SqliteSubmissionWriter::SqliteSubmissionWriter(Database& db, sqlite3* handle)
    : m_db(db), m_handle(handle)
{
    try {
        m_find = prepare("SELECT raw_sha256 FROM submissions WHERE id = ?");
        const QByteArray insert = QByteArray("INSERT INTO submissions (") +
                                  SubmissionRow::kColumns + ") VALUES (?" +
                                  QByteArray(", ?").repeated(SubmissionRow::kColumnCount - 1) +
                                  ") ON CONFLICT (id) DO NOTHING";
        m_insert = prepare(insert.constData());
        m_conflict = prepare(SubmissionRow::kInsertConflict);
    } catch (...) {
        sqlite3_finalize(m_find);
        sqlite3_finalize(m_insert);
        throw;
    }
    m_savedCacheSize = pragmaValue("cache_size");
    m_savedAutoCheckpoint = pragmaValue("wal_autocheckpoint");
    m_checkpoints = WalCheckpointThread::start(m_handle);
    sqlite3_exec(m_handle, "PRAGMA cache_size = -65536", nullptr, nullptr, nullptr);
    // 64 MiB of log before the writer checkpoints itself (SQLite's default: 4 MiB, which a
    // transaction of a few thousand submissions passes every time). See WalCheckpointThread
    // for why the writer keeps one at all.
    sqlite3_exec(m_handle, "PRAGMA wal_autocheckpoint = 16384", nullptr, nullptr, nullptr);
}

SqliteSubmissionWriter::~SqliteSubmissionWriter()
{
    // Before the connection closes: an unfinalized statement keeps it from closing.
    sqlite3_finalize(m_find);
    sqlite3_finalize(m_insert);
    sqlite3_finalize(m_conflict);
    m_checkpoints.reset();
    const QByteArray restore =
        "PRAGMA cache_size = " + QByteArray::number(m_savedCacheSize) +
        "; PRAGMA wal_autocheckpoint = " + QByteArray::number(m_savedAutoCheckpoint);
    sqlite3_exec(m_handle, restore.constData(), nullptr, nullptr, nullptr);
}

int SqliteSubmissionWriter::pragmaValue(const char* name)
{
    sqlite3_stmt* s = nullptr;
    const QByteArray sql = QByteArray("PRAGMA ") + name;
    int value = 0;
    if (sqlite3_prepare_v2(m_handle, sql.constData(), -1, &s, nullptr) == SQLITE_OK &&
        sqlite3_step(s) == SQLITE_ROW)
        value = sqlite3_column_int(s, 0);
    sqlite3_finalize(s);
    return value;
}

sqlite3_stmt* SqliteSubmissionWriter::prepare(const char* sql)
{
    sqlite3_stmt* s = nullptr;
    const int rc = sqlite3_prepare_v3(m_handle, sql, -1, SQLITE_PREPARE_PERSISTENT, &s, nullptr);
    if (rc != SQLITE_OK)
        fail(rc);
    return s;
}

void SqliteSubmissionWriter::fail(int code)
{
    const QString text = QString::fromUtf8(sqlite3_errmsg(m_handle));
    m_db.fail(tr("database error"),
              QSqlError(QString(), text, QSqlError::StatementError, QString::number(code & 0xFF)));
}

void SqliteSubmissionWriter::step(sqlite3_stmt* statement, int expected)
{
    const int rc = sqlite3_step(statement);
    if (rc != expected && !(expected == SQLITE_ROW && rc == SQLITE_DONE)) {
        sqlite3_reset(statement);
        fail(rc);
    }
}

bool SqliteSubmissionWriter::insert(const SubmissionRecord& r, const QString& id,
                                    const QString& hash, const PerBatch& batch)
{
    BoundRow row{m_insert, QString()};
    if (r.encodedRow.isEmpty()) {
        SubmissionRow::write(row, r, id, hash, batch.source, batch.now);
    } else {
        EncodedRow::bind(m_insert, r);
        row.utf8(4, batch.source8);
        row.utf8(5, batch.now8);
    }
    step(m_insert, SQLITE_DONE);
    sqlite3_reset(m_insert);
    return sqlite3_changes(m_handle) > 0;
}

StoreSummary SqliteSubmissionWriter::store(const QList<SubmissionRecord>& records,
                                           const QString& source)
{
    StoreDecision decision;
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const PerBatch batch{source, now, source.toUtf8(), now.toUtf8()};
    for (const SubmissionRecord& r : records) {
        const QString id = StoreDecision::idOf(r);
        const QString hash = StoreDecision::hashOf(r);
        const QString* storedHash = decision.storedByThisBatch(id);
        QString existing;
        if (!storedHash) {
            // Insert first: a new id (the usual case) costs one index probe, not two.
            if (insert(r, id, hash, batch)) {
                decision.decide(id, hash, nullptr, r.valid);
                continue;
            }
            bindText(m_find, 1, id);
            const int rc = sqlite3_step(m_find);
            if (rc == SQLITE_ROW) {
                existing =
                    QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(m_find, 0)),
                                      sqlite3_column_bytes(m_find, 0));
            } else {
                sqlite3_reset(m_find);
                fail(rc == SQLITE_DONE ? SQLITE_INTERNAL : rc);
            }
            sqlite3_reset(m_find);
            storedHash = &existing;
        }
        if (decision.decide(id, hash, storedHash, r.valid) != StoreDecision::Outcome::Conflict)
            continue;
        bindText(m_conflict, 1, id);
        sqlite3_bind_text(m_conflict, 2, r.rawJson.constData(), int(r.rawJson.size()),
                          SQLITE_STATIC);
        bindText(m_conflict, 3, hash);
        bindText(m_conflict, 4, source);
        bindText(m_conflict, 5, now);
        step(m_conflict, SQLITE_DONE);
        sqlite3_reset(m_conflict);
        decision.conflictKept(sqlite3_changes(m_handle) > 0);
    }
    return decision.summary();
}
