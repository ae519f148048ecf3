#pragma once

#include "Question.h"

#include <QList>
#include <QString>

#include <optional>

// A question as a file states it, before IDs and topics are settled by the importer.
struct ParsedQuestion
{
    int line = 0;          // where it starts in the file
    QString explicitId;    // <idnumber>, "// [id:...]", the CSV id column; empty: assign one
    QString explicitTopic; // the CSV topic column, "// [topic:...]"; wins over the category
    QString category;      // "$course$/top/A/B" from $CATEGORY: or a category question
    QString title;
    QString text;
    QList<QuestionOption> options;
    QString correctKey;
    // Only the formats that carry these set them; otherwise the stored values are kept.
    std::optional<QString> explanation;
    std::optional<QString> legalSource;
    std::optional<Question::Difficulty> difficulty;
};

// Something in the file that is not a single-answer question (essay, matching...): not an
// error, listed so the user knows what was left out.
struct SkippedItem
{
    int line = 0;
    QString name; // the question's title, or the start of its text
    QString type; // "essay", "matching", "numerical"...
    QString reason;
};

struct ParseResult
{
    QList<ParsedQuestion> questions;
    QList<SkippedItem> skipped;
    Problems problems;  // each with "file:line"
    bool fatal = false; // the whole file is unusable (not UTF-8, not XML...)
};
