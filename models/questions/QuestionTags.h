#pragma once

#include <QString>

// "// [id:TTHC-0001] [topic:TTHC]": how Aiken and GIFT files carry a question's stable ID
// and topic in a comment line that other programs ignore.
namespace QuestionTags {
// Reads the tags of a comment line into id/topic (left as they are when absent).
void read(const QString& commentLine, QString& id, QString& topic);
QString write(const QString& id, const QString& topic); // "// [id:X] [topic:Y]"
} // namespace QuestionTags
