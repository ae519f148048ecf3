#pragma once

#include "ParsedQuestion.h"

// Moodle XML (<quiz><question type="...">): "category" questions switch the category;
// multichoice with <single>true</single> and one full-credit answer and truefalse become
// questions; every other type is listed as skipped. <idnumber> is the stable ID.
// Streamed with QXmlStreamReader (no recursion), nesting capped, so hostile files end
// with a message rather than a crash.
class MoodleXmlParser
{
    Q_DECLARE_TR_FUNCTIONS(MoodleXmlParser)
public:
    static ParseResult parse(const QString& text, const QString& fileName);
    static constexpr int kMaxDepth = 32;
};
