#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

class QIODevice;

// Cuts a contractor's export file into its submissions without holding the file: a few
// MiB of it at a time, whatever its size. Two forms (spec/server-api.md):
//   JsonLines: one item a line (.jsonl), blank lines ignored;
//   Document: a JSON array of items, or a page object whose "items" is that array.
// It only finds where each item begins and ends (strings, escapes and nesting followed)
// and checks that the bytes are UTF-8; whether an item is JSON is the caller's to judge,
// with the item's line and column to name. What is not the file's frame (text after the
// array, a missing "items", a file cut in the middle) is a UserError naming file:line:col.
class SubmissionFileReader
{
    Q_DECLARE_TR_FUNCTIONS(SubmissionFileReader)
public:
    enum class Form
    {
        JsonLines,
        Document
    };
    struct Item
    {
        QByteArrayView bytes; // valid until the next call of next()
        int line = 0;         // 1-based, where the item begins
        int column = 0;       // 1-based, in characters
        int index = 0;        // 1-based, the item's place in the file
    };

    SubmissionFileReader(QIODevice& device, QString fileName, Form form);
    // The form a file name says: .jsonl (any case) is JsonLines, anything else a Document.
    static Form formOf(const QString& fileName);

    // False at the end of the file.
    bool next(Item& item);

    // Bytes per read(); a test makes it small to cross every boundary.
    void setChunkSize(qsizetype bytes) { m_chunk = bytes; }

private:
    enum class State
    {
        Start,        // before the first token of a document
        InObject,     // page object: before a key, or its closing brace
        AfterMember,  // page object: after a member's value (the items' array included)
        ArrayStart,   // after '[' of the items
        AfterElement, // after an item: ',' or ']'
        End           // the document closed: only whitespace may follow
    };

    bool nextLine(Item& item);
    bool nextInDocument(Item& item);
    // The byte at m_pos, reading more of the file when needed; -1 at its end.
    int peek();
    void advance(); // past the byte at m_pos, counting lines and columns
    void skipSpace();
    // One JSON value from m_pos (its extent only): an object, array, string or scalar.
    QByteArrayView scanValue();
    void compact(); // drops what was consumed, before reading more
    bool fill();    // false at the end of the file
    void requireUtf8(QByteArrayView bytes, int line) const;
    void requireBounded(qsizetype itemBytes) const;
    [[noreturn]] void fail(const QString& what) const;
    [[noreturn]] void failExpected(const char* expected);

    QIODevice& m_device;
    QString m_fileName;
    Form m_form;
    State m_state = State::Start;
    qsizetype m_chunk = 4 << 20;
    QByteArray m_buffer;
    qsizetype m_pos = 0;         // next byte to look at
    qsizetype m_valueStart = -1; // a value being scanned: kept when the buffer is compacted
    bool m_atEnd = false;
    bool m_bomChecked = false;
    bool m_sawItems = false;
    bool m_inPage = false;     // the items are the "items" of a page object
    bool m_afterComma = false; // a value (a key, an item) must come next
    int m_line = 1;
    int m_column = 1;
    int m_index = 0;
};
