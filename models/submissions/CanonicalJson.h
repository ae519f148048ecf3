#pragma once

#include <QByteArrayView>
#include <QHash>
#include <QString>

#include <vector>

// Reads a JSON object that is already in the canonical form the suite stores (what
// QJsonDocument::toJson(Compact) writes: no whitespace, keys in ascending order and each
// once, only the escapes Qt writes, integers only). For such bytes the stored raw JSON is
// the bytes themselves, so a sync need not rebuild and re-serialise every item. Anything
// else (a double, "\/", a space, keys out of order, a non-ASCII key...) is refused and the
// caller takes the general QJsonDocument path, so the result never differs from it.
class CanonicalJson
{
public:
    enum class Type : unsigned char
    {
        Object,
        Array,
        String,
        Integer,
        True,
        False,
        Null
    };
    struct Node
    {
        Type type = Type::Null;
        bool escaped = false; // a string holding a backslash escape
        int begin = 0;        // the value's bytes (a string: without its quotes)
        int end = 0;
        int keyBegin = 0; // a member's key, without quotes (ASCII, no escapes)
        int keyEnd = 0;
        int firstChild = -1;
        int next = -1; // the next member or element of the same parent
        qint64 integer = 0;
    };

    // False when `json` is not one canonical object; `nodes` then means nothing.
    bool read(QByteArrayView json);

    // Whether any string of the last read() held a backslash escape.
    bool anyEscaped() const { return m_anyEscaped; }

    static constexpr int root = 0;
    const Node& node(int i) const { return m_nodes[size_t(i)]; }
    // The member `key` of object `object`, or -1.
    int member(int object, const char* key) const;
    // A string node's text (escapes decoded).
    QString text(int string) const;
    // The same, for the short strings that repeat from item to item (question ids, option
    // keys): one lasting copy per distinct text, without a reference count, so reading the
    // 30 answers of an item allocates nothing and touches no memory another thread
    // writes. Up to 65,536 distinct texts per process are kept; others are decoded.
    QString sharedText(int string);

    // Length of the well-formed UTF-8 sequence at `p` (RFC 3629: no overlongs, no
    // surrogates, nothing above U+10FFFF), 0 when it is not one. With
    // `refuseNonCharacters`, U+FFFE and U+FFFF are refused too, so that what Qt would make
    // of them never matters to the canonical reading.
    static int utf8Length(const unsigned char* p, const unsigned char* end,
                          bool refuseNonCharacters = true);

private:
    bool value(int depth);
    bool string(Node& n);
    bool integer(Node& n);

    QByteArrayView m_json;
    QHash<QByteArray, QString> m_shared;
    int m_pos = 0;
    bool m_anyEscaped = false;
    std::vector<Node> m_nodes;
};
