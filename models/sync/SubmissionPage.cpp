#include "SubmissionPage.h"

#include <QCoreApplication>

#include <simdjson.h>

namespace {

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

} // namespace

QString SubmissionPage::read(const QByteArray& body)
{
    using namespace simdjson;
    auto problem = [](error_code error) {
        return tr("not JSON (%1)").arg(QString::fromUtf8(error_message(error)));
    };
    m_items.clear();
    m_body = body;
    m_body.append(QByteArray(SIMDJSON_PADDING, '\0'));
    thread_local ondemand::parser parser; // keeps its buffers from page to page
    ondemand::document doc;
    if (const error_code e =
            parser.iterate(m_body.constData(), size_t(body.size()), size_t(m_body.size())).get(doc))
        return problem(e);
    // Nothing may follow the page object: its extent first (a walk over the structural
    // index, cheap), then the fields from the start again.
    std::string_view whole;
    if (const error_code e = doc.raw_json().get(whole))
        return problem(e);
    const char* end = m_body.constData() + body.size();
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
