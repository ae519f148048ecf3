#include "CanonicalJson.h"

#include <array>
#include <cstring>
#include <deque>
#include <mutex>
#include <string>
#include <string_view>

namespace {

// Texts that stay until the process ends, for sharedText(). A QString over them is made
// with fromRawData, so it carries no reference count: copying one on a judging thread
// and freeing it on another touch no shared memory. (Shared QStrings did, and the
// atomic counts bouncing between two cores took most of the time of reading answers.)
// Bounded: question ids repeat, a few hundred per contest; past the bound, texts are
// decoded each time.
class LastingTexts
{
public:
    // `text` kept for good, or a null QString when the store is full.
    static QString keep(const QString& text)
    {
        constexpr size_t kMaxTexts = 65536;
        static std::mutex mutex;
        static std::deque<std::u16string> texts; // a deque never moves what it holds
        std::lock_guard lock(mutex);
        if (texts.size() >= kMaxTexts)
            return QString();
        const std::u16string& kept = texts.emplace_back(
            reinterpret_cast<const char16_t*>(text.constData()), size_t(text.size()));
        return QString::fromRawData(reinterpret_cast<const QChar*>(kept.data()),
                                    qsizetype(kept.size()));
    }
};

constexpr int kMaxDepth = 32; // a submission nests 3 deep; deeper goes the general way

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isContinuation(unsigned char c)
{
    return (c & 0xC0) == 0x80;
}

int hexValue(char c)
{
    if (isDigit(c))
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1; // Qt writes lower case only
}

} // namespace

int CanonicalJson::utf8Length(const unsigned char* p, const unsigned char* end,
                              bool refuseNonCharacters)
{
    const unsigned char c = p[0];
    const qsizetype left = end - p;
    if (c >= 0xC2 && c <= 0xDF)
        return left >= 2 && isContinuation(p[1]) ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        if (left < 3 || !isContinuation(p[1]) || !isContinuation(p[2]))
            return 0;
        if ((c == 0xE0 && p[1] < 0xA0) || (c == 0xED && p[1] > 0x9F))
            return 0;
        if (refuseNonCharacters && c == 0xEF && p[1] == 0xBF && p[2] >= 0xBE)
            return 0;
        return 3;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        if (left < 4 || !isContinuation(p[1]) || !isContinuation(p[2]) || !isContinuation(p[3]))
            return 0;
        if ((c == 0xF0 && p[1] < 0x90) || (c == 0xF4 && p[1] > 0x8F))
            return 0;
        return 4;
    }
    return 0;
}

bool CanonicalJson::read(QByteArrayView json)
{
    m_json = json;
    m_pos = 0;
    m_anyEscaped = false;
    m_nodes.clear();
    if (json.isEmpty() || json.front() != '{')
        return false;
    return value(0) && m_pos == json.size();
}

bool CanonicalJson::value(int depth)
{
    if (depth > kMaxDepth || m_pos >= m_json.size())
        return false;
    const int index = int(m_nodes.size());
    m_nodes.emplace_back();
    m_nodes[size_t(index)].begin = m_pos;
    const char* data = m_json.data();
    const int size = int(m_json.size());
    const char c = data[m_pos];
    if (c == '{' || c == '[') {
        const bool object = c == '{';
        const char close = object ? '}' : ']';
        m_nodes[size_t(index)].type = object ? Type::Object : Type::Array;
        ++m_pos;
        if (m_pos < size && data[m_pos] == close) {
            ++m_pos;
            m_nodes[size_t(index)].end = m_pos;
            return true;
        }
        int previous = -1;
        std::string_view previousKey;
        for (;;) {
            int keyBegin = 0;
            int keyEnd = 0;
            if (object) {
                if (m_pos >= size || data[m_pos] != '"')
                    return false;
                keyBegin = ++m_pos;
                while (m_pos < size && data[m_pos] != '"') {
                    const unsigned char k = static_cast<unsigned char>(data[m_pos]);
                    if (k < 0x20 || k > 0x7E || k == '\\')
                        return false; // escapes and non-ASCII keys: the general path
                    ++m_pos;
                }
                if (m_pos + 1 >= size || data[m_pos + 1] != ':')
                    return false;
                keyEnd = m_pos;
                m_pos += 2;
                const std::string_view key(data + keyBegin, size_t(keyEnd - keyBegin));
                // Strictly ascending: sorted as Qt sorts, and no key twice.
                if (previous != -1 && !(previousKey < key))
                    return false;
                previousKey = key;
            }
            const int child = int(m_nodes.size());
            if (!value(depth + 1))
                return false;
            m_nodes[size_t(child)].keyBegin = keyBegin;
            m_nodes[size_t(child)].keyEnd = keyEnd;
            if (previous == -1)
                m_nodes[size_t(index)].firstChild = child;
            else
                m_nodes[size_t(previous)].next = child;
            previous = child;
            if (m_pos >= size)
                return false;
            if (data[m_pos] == ',') {
                ++m_pos;
                continue;
            }
            if (data[m_pos] != close)
                return false;
            ++m_pos;
            m_nodes[size_t(index)].end = m_pos;
            return true;
        }
    }
    if (c == '"')
        return string(m_nodes[size_t(index)]);
    if (c == '-' || isDigit(c))
        return integer(m_nodes[size_t(index)]);
    for (const auto& [word, type] : {std::pair{"true", Type::True}, std::pair{"false", Type::False},
                                     std::pair{"null", Type::Null}}) {
        const int length = int(std::strlen(word));
        if (m_pos + length <= size && std::memcmp(data + m_pos, word, size_t(length)) == 0) {
            m_nodes[size_t(index)].type = type;
            m_pos += length;
            m_nodes[size_t(index)].end = m_pos;
            return true;
        }
    }
    return false;
}

bool CanonicalJson::string(Node& n)
{
    const auto* data = reinterpret_cast<const unsigned char*>(m_json.data());
    const auto* end = data + m_json.size();
    n.type = Type::String;
    n.begin = ++m_pos;
    while (data + m_pos < end) {
        const unsigned char c = data[m_pos];
        if (c == '"') {
            n.end = m_pos++;
            return true;
        }
        if (c < 0x20)
            return false;
        if (c == '\\') {
            n.escaped = true;
            m_anyEscaped = true;
            if (data + m_pos + 1 >= end)
                return false;
            const char e = char(data[m_pos + 1]);
            if (e == '"' || e == '\\' || e == 'b' || e == 'f' || e == 'n' || e == 'r' || e == 't') {
                m_pos += 2;
                continue;
            }
            // Qt writes \u only for the other control characters, as \u00xx.
            if (e != 'u' || data + m_pos + 6 > end || data[m_pos + 2] != '0' ||
                data[m_pos + 3] != '0')
                return false;
            const int high = hexValue(char(data[m_pos + 4]));
            const int low = hexValue(char(data[m_pos + 5]));
            if (high < 0 || high > 1 || low < 0)
                return false;
            const int code = high * 16 + low;
            if (code == 0x08 || code == 0x09 || code == 0x0A || code == 0x0C || code == 0x0D)
                return false;
            m_pos += 6;
            continue;
        }
        if (c < 0x80) {
            ++m_pos;
            continue;
        }
        const int length = utf8Length(data + m_pos, end);
        if (length == 0)
            return false;
        m_pos += length;
    }
    return false;
}

bool CanonicalJson::integer(Node& n)
{
    const char* data = m_json.data();
    const int size = int(m_json.size());
    n.type = Type::Integer;
    const bool negative = data[m_pos] == '-';
    if (negative)
        ++m_pos;
    if (m_pos >= size || !isDigit(data[m_pos]))
        return false;
    quint64 magnitude = 0;
    if (data[m_pos] == '0') {
        ++m_pos;
        if (negative)
            return false; // Qt writes -0 as 0
    } else {
        const quint64 limit = negative ? quint64(1) << 63 : (quint64(1) << 63) - 1;
        while (m_pos < size && isDigit(data[m_pos])) {
            const quint64 digit = quint64(data[m_pos] - '0');
            if (magnitude > (limit - digit) / 10)
                return false; // beyond 64 bits Qt keeps a double
            magnitude = magnitude * 10 + digit;
            ++m_pos;
        }
    }
    // A fraction or exponent: a double, which Qt may write differently.
    if (m_pos < size && (data[m_pos] == '.' || data[m_pos] == 'e' || data[m_pos] == 'E'))
        return false;
    n.integer = negative ? qint64(0 - magnitude) : qint64(magnitude);
    n.end = m_pos;
    return true;
}

int CanonicalJson::member(int object, const char* key) const
{
    const size_t length = std::strlen(key);
    for (int i = node(object).firstChild; i != -1; i = node(i).next) {
        const Node& n = node(i);
        if (size_t(n.keyEnd - n.keyBegin) == length &&
            std::memcmp(m_json.data() + n.keyBegin, key, length) == 0)
            return i;
    }
    return -1;
}

QString CanonicalJson::sharedText(int string)
{
    constexpr int kMaxLength = 64;
    const Node& n = node(string);
    if (n.end - n.begin == 1 && !n.escaped) {
        // An option key: one ASCII character (a multi-byte one is longer).
        static const std::array<char16_t, 128> ascii = [] {
            std::array<char16_t, 128> characters{};
            for (char16_t c = 0; c < 128; ++c)
                characters[c] = c;
            return characters;
        }();
        const auto c = size_t(static_cast<unsigned char>(m_json[n.begin]) & 0x7F);
        return QString::fromRawData(reinterpret_cast<const QChar*>(&ascii[c]), 1);
    }
    if (n.end - n.begin > kMaxLength)
        return text(string);
    // A key over the parsed bytes, not a copy: nothing is allocated for a text seen before.
    const QByteArray raw = QByteArray::fromRawData(m_json.data() + n.begin, n.end - n.begin);
    const auto found = m_shared.constFind(raw);
    if (found != m_shared.cend())
        return *found;
    const QString decoded = text(string);
    const QString kept = LastingTexts::keep(decoded);
    if (kept.isNull())
        return decoded;
    m_shared.insert(QByteArray(raw.constData(), raw.size()), kept);
    return kept;
}

QString CanonicalJson::text(int string) const
{
    const Node& n = node(string);
    const char* data = m_json.data();
    if (!n.escaped)
        return QString::fromUtf8(data + n.begin, n.end - n.begin);
    QByteArray decoded;
    decoded.reserve(n.end - n.begin);
    for (int i = n.begin; i < n.end; ++i) {
        if (data[i] != '\\') {
            decoded += data[i];
            continue;
        }
        const char e = data[++i];
        switch (e) {
        case 'b':
            decoded += '\b';
            break;
        case 'f':
            decoded += '\f';
            break;
        case 'n':
            decoded += '\n';
            break;
        case 'r':
            decoded += '\r';
            break;
        case 't':
            decoded += '\t';
            break;
        case 'u': // \u00xx, checked by string()
            decoded += char(hexValue(data[i + 3]) * 16 + hexValue(data[i + 4]));
            i += 4;
            break;
        default: // " and backslash
            decoded += e;
        }
    }
    return QString::fromUtf8(decoded);
}
