#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

// One page of GET .../submissions as the server sent it: the body, and where each item's
// bytes lie in it. Nothing is rebuilt: an item's bytes are what the store keeps (see
// SubmissionParser::fromRawJson).
class SubmissionPage
{
    Q_DECLARE_TR_FUNCTIONS(SubmissionPage)
public:
    QString cursor;
    bool hasMore = false;

    qsizetype size() const { return m_items.size(); }
    bool isEmpty() const { return m_items.isEmpty(); }
    QByteArrayView item(qsizetype i) const
    {
        return QByteArrayView(m_body.constData() + m_items[i].offset, m_items[i].size);
    }

    // Reads the page frame {"items": [...], "cursor": "...", "has_more": bool} with
    // simdjson. Returns what is wrong with it (empty: nothing). The items are only located
    // here; each is read when it is parsed.
    //
    // simdjson checks the whole body's UTF-8 (and that strings hold no raw control
    // character) before anything else, so one bad byte in one item would refuse the whole
    // page. Such a body is read again from a repaired copy: bytes that are not UTF-8
    // become U+FFFD, a raw control character in a string becomes its \u00XX escape; the
    // items touched say so (repaired()) and are stored invalid, the others as usual.
    QString read(const QByteArray& body);

    // What the repair changed in item i (empty: nothing, the usual case).
    QString repaired(qsizetype i) const { return m_repaired.value(i); }
    // The item's top-level "id" when it is a string, for an item that is otherwise
    // unreadable (a number beyond a double, deep nesting); empty when none.
    QString itemId(qsizetype i) const;

private:
    struct Span
    {
        qsizetype offset;
        qsizetype size;
    };
    enum class Repair
    {
        NotUtf8,
        Control
    };
    struct Repaired
    {
        qsizetype offset; // in the repaired body
        Repair what;
    };
    // The frame of m_body's first `size` bytes; `badText`: failed on UTF-8 or a raw control
    // character (what repair() mends).
    QString readFrame(qsizetype size, bool& badText);
    static QByteArray repair(const QByteArray& body, QList<Repaired>& repairs);
    void noteRepairs(const QList<Repaired>& repairs);

    QByteArray m_body; // padded as simdjson needs
    QList<Span> m_items;
    QHash<qsizetype, QString> m_repaired;
};
