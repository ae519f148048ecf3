#include "SubmissionPage.h"

#include "submissions/CanonicalJson.h"

#include <QCoreApplication>

#include <simdjson.h>

#include <algorithm>

namespace {

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

} // namespace

QString SubmissionPage::read(const QByteArray& body)
{
    m_items.clear();
    m_repaired.clear();
    m_body = body;
    m_body.append(QByteArray(simdjson::SIMDJSON_PADDING, '\0'));
    bool badText = false;
    QString problem = readFrame(body.size(), badText);
    if (!badText)
        return problem;
    // Rare: a second pass over a repaired copy, so that one item cannot block the page.
    QList<Repaired> repairs;
    const QByteArray mended = repair(body, repairs);
    m_body = mended;
    m_body.append(QByteArray(simdjson::SIMDJSON_PADDING, '\0'));
    problem = readFrame(mended.size(), badText);
    if (problem.isEmpty())
        noteRepairs(repairs);
    return problem;
}

QString SubmissionPage::readFrame(qsizetype size, bool& badText)
{
    using namespace simdjson;
    auto problem = [&badText](error_code error) {
        badText = error == UTF8_ERROR || error == UNESCAPED_CHARS;
        return tr("not JSON (%1)").arg(QString::fromUtf8(error_message(error)));
    };
    badText = false;
    m_items.clear();
    thread_local ondemand::parser parser; // keeps its buffers from page to page
    ondemand::document doc;
    if (const error_code e =
            parser.iterate(m_body.constData(), size_t(size), size_t(m_body.size())).get(doc))
        return problem(e);
    // Nothing may follow the page object: its extent first (a walk over the structural
    // index, cheap), then the fields from the start again.
    std::string_view whole;
    if (const error_code e = doc.raw_json().get(whole))
        return problem(e);
    const char* end = m_body.constData() + size;
    const char* afterRoot = whole.data() + whole.size();
    while (afterRoot < end && isJsonSpace(*afterRoot))
        ++afterRoot;
    if (afterRoot < end)
        return tr("not JSON (something follows the page object)");
    doc.rewind();
    ondemand::object page;
    ondemand::json_type type;
    if (const error_code e = doc.type().get(type))
        return problem(e);
    if (type != ondemand::json_type::object || doc.get_object().get(page))
        return tr("not an object");
    bool sawItems = false;
    bool sawCursor = false;
    bool sawHasMore = false;
    for (auto field : page) {
        std::string_view key;
        ondemand::value value;
        if (const error_code e = field.unescaped_key().get(key))
            return problem(e);
        if (const error_code e = field.value().get(value))
            return problem(e);
        if (const error_code e = value.type().get(type))
            return problem(e);
        // A key given twice: the last one counts, as with QJsonDocument.
        if (key == "items") {
            sawItems = type == ondemand::json_type::array;
            m_items.clear();
            if (!sawItems)
                continue;
            ondemand::array items;
            if (const error_code e = value.get_array().get(items))
                return problem(e);
            for (auto element : items) {
                ondemand::value item;
                if (const error_code e = element.get(item))
                    return problem(e);
                if (const error_code e = item.type().get(type))
                    return problem(e);
                if (type != ondemand::json_type::object)
                    return tr("item %1 is not an object").arg(m_items.size() + 1);
                ondemand::object object;
                std::string_view raw;
                if (const error_code e = item.get_object().get(object))
                    return problem(e);
                if (const error_code e = object.raw_json().get(raw))
                    return problem(e);
                while (!raw.empty() && isJsonSpace(raw.back())) // up to the next token
                    raw.remove_suffix(1);
                m_items.append({qsizetype(raw.data() - m_body.constData()), qsizetype(raw.size())});
            }
        } else if (key == "cursor") {
            std::string_view text;
            sawCursor = type == ondemand::json_type::string && !value.get_string().get(text);
            if (sawCursor)
                cursor = QString::fromUtf8(text.data(), qsizetype(text.size()));
        } else if (key == "has_more") {
            sawHasMore = type == ondemand::json_type::boolean && !value.get_bool().get(hasMore);
        }
    }
    if (!sawItems)
        return tr("\"items\" is not an array");
    if (!sawCursor)
        return tr("\"cursor\" is not a string");
    if (!sawHasMore)
        return tr("\"has_more\" is not true or false");
    return QString();
}

QByteArray SubmissionPage::repair(const QByteArray& body, QList<Repaired>& repairs)
{
    static const char hex[] = "0123456789abcdef";
    const auto* p = reinterpret_cast<const unsigned char*>(body.constData());
    const auto* end = p + body.size();
    QByteArray out;
    out.reserve(body.size() + body.size() / 8);
    bool inString = false;
    bool escaped = false;
    while (p < end) {
        const unsigned char c = *p;
        if (c >= 0x80) {
            escaped = false;
            if (const int length = CanonicalJson::utf8Length(p, end, false)) {
                out.append(reinterpret_cast<const char*>(p), length);
                p += length;
            } else {
                repairs.append({out.size(), Repair::NotUtf8});
                out.append("\xEF\xBF\xBD"); // U+FFFD, one per byte that is not UTF-8
                ++p;
            }
            continue;
        }
        if (inString && c < 0x20) {
            escaped = false;
            repairs.append({out.size(), Repair::Control});
            const char escape[] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
            out.append(escape, sizeof escape);
        } else {
            if (inString && escaped)
                escaped = false;
            else if (inString && c == '\\')
                escaped = true;
            else if (c == '"')
                inString = !inString;
            out.append(char(c));
        }
        ++p;
    }
    return out;
}

void SubmissionPage::noteRepairs(const QList<Repaired>& repairs)
{
    QHash<qsizetype, QList<Repair>> byItem;
    for (const Repaired& r : repairs) {
        // The item whose span holds the offset (spans are in order and do not overlap).
        const auto it = std::upper_bound(
            m_items.cbegin(), m_items.cend(), r.offset,
            [](qsizetype offset, const Span& span) { return offset < span.offset; });
        if (it == m_items.cbegin())
            continue;
        const Span& span = *(it - 1);
        if (r.offset < span.offset + span.size)
            byItem[(it - 1) - m_items.cbegin()].append(r.what);
    }
    for (auto it = byItem.cbegin(); it != byItem.cend(); ++it) {
        const qsizetype notUtf8 = std::count(it->cbegin(), it->cend(), Repair::NotUtf8);
        const qsizetype control = it->size() - notUtf8;
        QStringList what;
        if (notUtf8 > 0)
            what << tr("%n byte(s) that are not UTF-8 (kept as U+FFFD)", nullptr, int(notUtf8));
        if (control > 0)
            what << tr("%n raw control character(s) inside a string, which JSON does not allow "
                       "(kept as \\u00XX escapes)",
                       nullptr, int(control));
        m_repaired.insert(
            it.key(), tr("the item as received held %1").arg(what.join(QStringLiteral(" and "))));
    }
}

QString SubmissionPage::itemId(qsizetype i) const
{
    using namespace simdjson;
    const simdjson::padded_string copy(item(i).data(), size_t(item(i).size()));
    thread_local ondemand::parser parser;
    ondemand::document doc;
    std::string_view id;
    if (parser.iterate(copy).get(doc) || doc.find_field("id").get_string().get(id))
        return QString();
    return QString::fromUtf8(id.data(), qsizetype(id.size()));
}
