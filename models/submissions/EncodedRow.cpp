#include "EncodedRow.h"

#include "SubmissionRow.h"

#include <QStringEncoder>

#include <sqlite3.h>

#include <cstring>

namespace {

// The buffer: for each column in order, a kind byte and eight bytes (an integer, or a
// text's length in bytes); then the texts, one after another. Small enough for glibc's
// per-thread cache of freed blocks (up to 1,032 bytes), which a row of 22 aligned cells
// and a kilobyte reserved for text was not: every row then took malloc's slow path.
enum Kind : char
{
    Null,
    Integer,
    Text,
    RawJson, // the record's own raw JSON
    Skipped  // source, received_at: the writer's
};
constexpr qsizetype kCell = 1 + sizeof(qint64);
constexpr qsizetype kCells = kCell * SubmissionRow::kColumnCount;

// The sink SubmissionRow::write() fills: the same calls as the writers' bindings. It
// writes into a buffer each thread keeps from row to row, and the row is copied out of it
// at its exact size.
class Encoder
{
public:
    Encoder() : m_utf8(QStringEncoder::Utf8, QStringEncoder::Flag::Stateless) { m_texts.resize(0); }

    void text(int column, const QString& t) { put(column, t); }
    void textOrNull(int column, const QString& t)
    {
        if (t.isEmpty())
            cell(column, Null, 0);
        else
            put(column, t);
    }
    void ownedText(int column, const QString& t) { put(column, t); }
    void utf8(int column, const QByteArray&) { cell(column, RawJson, 0); }
    void integer(int column, qint64 n) { cell(column, Integer, n); }
    void integerOrNull(int column, const std::optional<qint64>& n)
    {
        if (n)
            integer(column, *n);
        else
            cell(column, Null, 0);
    }
    void skip(int column) { cell(column, Skipped, 0); }

    QByteArray result() const
    {
        QByteArray out(kCells + m_texts.size(), Qt::Uninitialized);
        std::memcpy(out.data(), m_cells, kCells);
        std::memcpy(out.data() + kCells, m_texts.constData(), size_t(m_texts.size()));
        return out;
    }

private:
    void cell(int column, Kind kind, qint64 value)
    {
        char* c = m_cells + kCell * (column - 1);
        c[0] = kind;
        std::memcpy(c + 1, &value, sizeof value);
    }

    // A null QString is "" in these columns, as every writer binds it.
    void put(int column, const QString& t)
    {
        const qsizetype start = m_texts.size();
        m_texts.resize(start + m_utf8.requiredSpace(t.size()));
        char* end = m_utf8.appendToBuffer(m_texts.data() + start, t);
        m_texts.resize(end - m_texts.constData());
        cell(column, Text, m_texts.size() - start);
    }

    QStringEncoder m_utf8;
    char m_cells[kCells] = {};
    // Kept by the thread: resizing down keeps the capacity, so it is allocated once.
    static thread_local QByteArray m_texts;
};

thread_local QByteArray Encoder::m_texts;

} // namespace

QByteArray EncodedRow::encode(const SubmissionRecord& r, const QString& id, const QString& hash)
{
    Encoder e;
    SubmissionRow::write(e, r, id, hash, QString(), QString());
    e.skip(4);
    e.skip(5);
    return e.result();
}

void EncodedRow::bind(sqlite3_stmt* statement, const SubmissionRecord& r)
{
    Q_ASSERT(r.encodedRow.size() >= kCells);
    const char* cell = r.encodedRow.constData();
    const char* text = cell + kCells;
    static const char empty = 0;
    for (int column = 1; column <= SubmissionRow::kColumnCount; ++column, cell += kCell) {
        qint64 value;
        std::memcpy(&value, cell + 1, sizeof value);
        switch (Kind(cell[0])) {
        case Null:
            sqlite3_bind_null(statement, column);
            break;
        case Integer:
            sqlite3_bind_int64(statement, column, value);
            break;
        case Text:
            sqlite3_bind_text(statement, column, value ? text : &empty, int(value), SQLITE_STATIC);
            text += value;
            break;
        case RawJson:
            sqlite3_bind_text(statement, column, r.rawJson.constData(), int(r.rawJson.size()),
                              SQLITE_STATIC);
            break;
        case Skipped:
            break;
        }
    }
}
