#include "SubmissionFileReader.h"

#include <cstring>

#include "core/Problem.h"
#include "core/Utf8.h"

#include <QIODevice>
#include <QJsonDocument>
#include <QJsonParseError>

#include <simdjson.h>

namespace {

// A submission is a few KB; an item past this is not one, and holding it would let a
// broken or hostile file take the memory the reader exists to bound.
constexpr qsizetype kMaxItemBytes = 16 << 20;

bool isJsonSpace(int c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

QString parseErrorText(QJsonParseError::ParseError error)
{
    QJsonParseError e;
    e.error = error;
    return e.errorString();
}

} // namespace

SubmissionFileReader::SubmissionFileReader(QIODevice& device, QString fileName, Form form)
    : m_device(device), m_fileName(std::move(fileName)), m_form(form)
{
}

SubmissionFileReader::Form SubmissionFileReader::formOf(const QString& fileName)
{
    return fileName.endsWith(QLatin1String(".jsonl"), Qt::CaseInsensitive) ? Form::JsonLines
                                                                           : Form::Document;
}

bool SubmissionFileReader::next(Item& item)
{
    return m_form == Form::JsonLines ? nextLine(item) : nextInDocument(item);
}

void SubmissionFileReader::compact()
{
    const qsizetype keep = m_valueStart >= 0 ? m_valueStart : m_pos;
    if (keep == 0)
        return;
    // Moved to the front within the same buffer: QByteArray::remove() only moves the start
    // of the data, and the next read then needed a new buffer, whose pages the kernel
    // faulted in again for every chunk of the file.
    const qsizetype rest = m_buffer.size() - keep;
    std::memmove(m_buffer.data(), m_buffer.constData() + keep, size_t(rest));
    m_buffer.resize(rest);
    m_pos -= keep;
    if (m_valueStart >= 0)
        m_valueStart -= keep;
}

bool SubmissionFileReader::fill()
{
    if (m_atEnd)
        return false;
    compact();
    requireBounded(m_buffer.size()); // after compact(): all of it is the item in hand
    const qsizetype had = m_buffer.size();
    qint64 got = 0;
    do {
        const qsizetype size = m_buffer.size();
        m_buffer.resize(size + m_chunk);
        got = m_device.read(m_buffer.data() + size, m_chunk);
        if (got < 0) {
            throw EnvironmentError(
                tr("%1: cannot read the file: %2").arg(m_fileName, m_device.errorString()));
        }
        m_buffer.resize(size + got);
        // The first three bytes before anything is looked at: they may be a byte-order mark.
    } while (!m_bomChecked && got > 0 && m_buffer.size() < 3);
    if (!m_bomChecked) {
        m_bomChecked = true;
        if (m_buffer.startsWith("\xEF\xBB\xBF"))
            m_pos += 3; // a byte-order mark: not text, not counted as a column
    }
    if (m_buffer.size() == had)
        m_atEnd = true;
    return m_buffer.size() > had;
}

void SubmissionFileReader::requireBounded(qsizetype itemBytes) const
{
    if (itemBytes > kMaxItemBytes) {
        fail(tr("item %1 is longer than %2 MiB, which no submission is")
                 .arg(m_index + 1)
                 .arg(kMaxItemBytes >> 20));
    }
}

void SubmissionFileReader::requireUtf8(QByteArrayView bytes, int line) const
{
    if (simdjson::validate_utf8(bytes.data(), size_t(bytes.size())))
        return;
    Utf8::requireValid(QByteArray::fromRawData(bytes.data(), bytes.size()), m_fileName, line);
}

void SubmissionFileReader::fail(const QString& what) const
{
    throw UserError(tr("%1:%2:%3: %4; nothing was imported")
                        .arg(m_fileName)
                        .arg(m_line)
                        .arg(m_column)
                        .arg(what));
}

void SubmissionFileReader::failExpected(const char* expected)
{
    const int c = peek();
    if (c < 0)
        fail(tr("the file ends where %1 should be").arg(QLatin1String(expected)));
    fail(tr("expected %1").arg(QLatin1String(expected)));
}

bool SubmissionFileReader::nextLine(Item& item)
{
    for (;;) {
        qsizetype searched = m_pos; // bytes before it hold no newline
        qsizetype newline = -1;
        for (;;) {
            newline = m_buffer.indexOf('\n', searched);
            if (newline >= 0)
                break;
            const qsizetype done = m_buffer.size() - m_pos;
            if (!fill())
                break;
            searched = m_pos + done;
        }
        const qsizetype end = newline >= 0 ? newline : m_buffer.size();
        if (newline < 0 && m_pos >= end)
            return false;
        const QByteArrayView line =
            QByteArrayView(m_buffer.constData() + m_pos, end - m_pos).trimmed();
        const int number = m_line;
        requireBounded(line.size());
        m_pos = newline >= 0 ? newline + 1 : end;
        ++m_line;
        if (line.isEmpty())
            continue;
        requireUtf8(line, number);
        item = {line, number, 1, ++m_index};
        return true;
    }
}

int SubmissionFileReader::peek()
{
    while (m_pos >= m_buffer.size()) {
        if (!fill())
            return -1;
    }
    return static_cast<unsigned char>(m_buffer.at(m_pos));
}

void SubmissionFileReader::advance()
{
    const char c = m_buffer.at(m_pos++);
    if (c == '\n') {
        ++m_line;
        m_column = 1;
    } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
        ++m_column; // characters, not UTF-8 continuation bytes
    }
}

void SubmissionFileReader::skipSpace()
{
    while (isJsonSpace(peek()))
        advance();
}

QByteArrayView SubmissionFileReader::scanValue()
{
    m_valueStart = m_pos;
    const int first = peek();
    if (first == '{' || first == '[' || first == '"') {
        int depth = 0;
        bool inString = false;
        bool escaped = false;
        for (;;) {
            const int c = peek();
            if (c < 0) {
                m_valueStart = -1;
                fail(parseErrorText(inString       ? QJsonParseError::UnterminatedString
                                    : first == '{' ? QJsonParseError::UnterminatedObject
                                                   : QJsonParseError::UnterminatedArray));
            }
            advance();
            if (inString) {
                if (escaped)
                    escaped = false;
                else if (c == '\\')
                    escaped = true;
                else if (c == '"')
                    inString = false;
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                ++depth;
            } else if (c == '}' || c == ']') {
                --depth; // a mismatched bracket is left to the JSON parser of the item
            }
            if (!inString && depth == 0)
                break;
        }
    } else {
        // A number, true, false, null or garbage: up to the next delimiter.
        for (int c = first; c >= 0 && c != ',' && c != ']' && c != '}' && !isJsonSpace(c);
             c = peek())
            advance();
    }
    const QByteArrayView value(m_buffer.constData() + m_valueStart, m_pos - m_valueStart);
    m_valueStart = -1; // the view stays valid: nothing is read before the caller is done
    return value;
}

bool SubmissionFileReader::nextInDocument(Item& item)
{
    const QString notSubmissions =
        tr("%1: expected an array of submissions or an object with \"items\"").arg(m_fileName);
    for (;;) {
        skipSpace();
        const int c = peek();
        switch (m_state) {
        case State::Start:
            if (c == '[') {
                advance();
                m_sawItems = true;
                m_state = State::ArrayStart;
                m_inPage = false;
            } else if (c == '{') {
                advance();
                m_state = State::InObject;
                m_inPage = true;
            } else if (c < 0) {
                fail(parseErrorText(QJsonParseError::IllegalValue));
            } else {
                throw UserError(notSubmissions);
            }
            break;
        case State::InObject: {
            if (c == '}' && !m_afterComma) {
                advance();
                m_state = State::End;
                if (!m_sawItems)
                    throw UserError(notSubmissions);
                break;
            }
            if (c != '"')
                failExpected("a key in quotes");
            const QByteArray key = scanValue().toByteArray();
            skipSpace();
            if (peek() != ':')
                failExpected("':'");
            advance();
            skipSpace();
            m_afterComma = false;
            if (key == "\"items\"") {
                if (m_sawItems)
                    fail(tr("\"items\" is given twice"));
                if (peek() != '[')
                    throw UserError(notSubmissions);
                advance();
                m_sawItems = true;
                m_state = State::ArrayStart;
                break;
            }
            // Another member of the page ("cursor", "has_more"): it must be JSON too.
            const int line = m_line;
            const int column = m_column;
            const QByteArray value = "[" + scanValue().toByteArray() + "]";
            QJsonParseError error;
            QJsonDocument::fromJson(value, &error);
            if (error.error != QJsonParseError::NoError) {
                m_line = line;
                m_column = column;
                fail(error.errorString());
            }
            m_state = State::AfterMember;
            break;
        }
        case State::AfterMember:
            if (c == ',') {
                advance();
                m_afterComma = true;
                m_state = State::InObject;
            } else if (c == '}') {
                advance();
                m_state = State::End;
                if (!m_sawItems)
                    throw UserError(notSubmissions);
            } else {
                failExpected("',' or '}'");
            }
            break;
        case State::ArrayStart:
        case State::AfterElement:
            if (c == ']' && !m_afterComma) {
                advance();
                m_state = m_inPage ? State::AfterMember : State::End;
                break;
            }
            if (m_state == State::AfterElement && !m_afterComma) {
                if (c != ',')
                    failExpected("',' or ']'");
                advance();
                m_afterComma = true;
                break;
            }
            if (c < 0)
                fail(parseErrorText(QJsonParseError::UnterminatedArray));
            if (c == ',' || c == ']')
                fail(parseErrorText(QJsonParseError::IllegalValue));
            {
                const int line = m_line;
                const int column = m_column;
                const QByteArrayView bytes = scanValue();
                requireBounded(bytes.size());
                requireUtf8(bytes, line);
                m_afterComma = false;
                m_state = State::AfterElement;
                item = {bytes, line, column, ++m_index};
                return true;
            }
        case State::End:
            if (c < 0)
                return false;
            fail(parseErrorText(QJsonParseError::GarbageAtEnd));
        }
    }
}
