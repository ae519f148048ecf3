#include "SqliteSubmissionWriter.h"

#include "ContentHash.h"
#include "SubmissionParser.h"
#include "storage/Database.h"
#include "storage/WalCheckpointThread.h"

#include <QDateTime>
#include <QHash>
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
        m_insert = prepare(
            "INSERT INTO submissions (id, raw_json, raw_sha256, source, received_at, valid, "
            "invalid_code, invalid_detail, contestant_key, name, birth_year, id_number, phone, "
            "unit, started_at, submitted_at, started_at_ms, submitted_at_ms, duration_ms, "
            "prediction, correct, answers) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (id) DO NOTHING");
        m_conflict = prepare("INSERT INTO submission_conflicts (submission_id, raw_json, "
                             "raw_sha256, source, received_at) VALUES (?, ?, ?, ?, ?) "
                             "ON CONFLICT (submission_id, raw_sha256) DO NOTHING");
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
                                    const QString& hash, const QString& source, const QString& now)
{
    const QString answers = r.compactAnswers();
    sqlite3_stmt* s = m_insert;
    bindText(s, 1, id);
    sqlite3_bind_text(s, 2, r.rawJson.constData(), int(r.rawJson.size()), SQLITE_STATIC);
    bindText(s, 3, hash);
    bindText(s, 4, source);
    bindText(s, 5, now);
    sqlite3_bind_int(s, 6, r.valid ? 1 : 0);
    bindTextOrNull(s, 7, r.invalidCode);
    bindTextOrNull(s, 8, r.invalidDetail);
    bindText(s, 9, r.contestantKey);
    bindText(s, 10, r.name);
    sqlite3_bind_int(s, 11, r.birthYear);
    bindText(s, 12, r.idNumberRaw);
    bindText(s, 13, r.phoneRaw);
    bindText(s, 14, r.unit);
    bindText(s, 15, r.startedAtText);
    bindText(s, 16, r.submittedAtText);
    if (r.startedAt)
        sqlite3_bind_int64(s, 17, r.startedAt->utcMs);
    else
        sqlite3_bind_null(s, 17);
    if (r.submittedAt)
        sqlite3_bind_int64(s, 18, r.submittedAt->utcMs);
    else
        sqlite3_bind_null(s, 18);
    sqlite3_bind_int64(s, 19, r.durationMs);
    if (r.prediction)
        sqlite3_bind_int64(s, 20, *r.prediction);
    else
        sqlite3_bind_null(s, 20);
    sqlite3_bind_int(s, 21, r.correct);
    bindText(s, 22, answers);
    step(s, SQLITE_DONE);
    sqlite3_reset(s);
    return sqlite3_changes(m_handle) > 0;
}

StoreSummary SqliteSubmissionWriter::store(const QList<SubmissionRecord>& records,
                                           const QString& source)
{
    StoreSummary summary;
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QHash<QString, QString> batch; // ids stored by this batch, with their content hash
    for (const SubmissionRecord& r : records) {
        const QString id = r.id.isEmpty() ? SubmissionParser::syntheticId(r.rawJson) : r.id;
        const QString hash =
            r.rawSha256.isEmpty() ? ContentHash::sha256Hex(r.rawJson) : r.rawSha256;
        const int rawSize = int(r.rawJson.size());
        QString existing = batch.value(id);
        if (existing.isEmpty()) {
            // Insert first: a new id (the usual case) costs one index probe, not two.
            if (insert(r, id, hash, source, now)) {
                batch.insert(id, hash);
                if (r.valid)
                    ++summary.added;
                else
                    ++summary.invalid;
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
        }
        if (existing == hash) {
            ++summary.duplicates;
            continue;
        }
        bindText(m_conflict, 1, id);
        sqlite3_bind_text(m_conflict, 2, r.rawJson.constData(), rawSize, SQLITE_STATIC);
        bindText(m_conflict, 3, hash);
        bindText(m_conflict, 4, source);
        bindText(m_conflict, 5, now);
        step(m_conflict, SQLITE_DONE);
        sqlite3_reset(m_conflict);
        if (sqlite3_changes(m_handle) > 0)
            ++summary.conflicts;
        else
            ++summary.duplicates; // the same conflicting version again
    }
    return summary;
}
