#pragma once

#include "ParsedQuestion.h"

// Moodle's Aiken format: a question's text, options "A) ..." or "A. ...", then
// "ANSWER: B". Lines starting with "//" are our addition (Moodle has none) carrying
// "[id:TTHC-0001]" and "[topic:TTHC]" for the next question, so an export round-trips.
class AikenParser
{
    Q_DECLARE_TR_FUNCTIONS(AikenParser)
public:
    static ParseResult parse(const QString& text, const QString& fileName);
};
