#pragma once

#include "ParsedQuestion.h"

#include <QByteArray>

// The formats a bank is read from and written to.
enum class QuestionFormat
{
    Aiken,
    Gift,
    MoodleXml,
    Csv
};

namespace QuestionFormats {
std::optional<QuestionFormat> fromName(const QString& name); // "aiken", "gift", "moodlexml", "csv"
std::optional<QuestionFormat> fromFileName(const QString& path); // .txt .gift .xml .csv
QString name(QuestionFormat format);
QStringList names();
// Plain parse of bytes in `format`; never throws, never runs away on hostile input.
ParseResult parse(QuestionFormat format, const QByteArray& data, const QString& fileName);
// Files above this are refused before parsing (a bank is a few MB at most).
constexpr qsizetype kMaxFileBytes = 64 * 1024 * 1024;
} // namespace QuestionFormats
