#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
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
    QString read(const QByteArray& body);

private:
    struct Span
    {
        qsizetype offset;
        qsizetype size;
    };
    QByteArray m_body; // padded as simdjson needs
    QList<Span> m_items;
};
