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
    // True for a line read as an option, an ANSWER: line or a comment, which a question's
    // text therefore cannot hold in Aiken.
    static bool isStructuralLine(const QString& line);
};
