#pragma once

#include "ParsedQuestion.h"

// Moodle's GIFT format: questions separated by blank lines, "// comments", "::title::",
// answers in braces ("=right ~wrong", "{TRUE}"), "$CATEGORY: path" switches, and "\"
// escapes for ~ = # { } :. Single-answer multiple choice and true/false become questions;
// essay, matching, numerical, short answer, multiple response and descriptions are
// listed as skipped. "// [id:X] [topic:T]" before a question carries its stable ID.
class GiftParser
{
    Q_DECLARE_TR_FUNCTIONS(GiftParser)
public:
    static ParseResult parse(const QString& text, const QString& fileName);

    // For the exporter: text with ~ = # { } : and \ escaped, newlines as "\n".
    static QString escape(const QString& text);
    static QString unescape(const QString& text);
};
