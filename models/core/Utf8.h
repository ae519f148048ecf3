#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace Utf8 {
// Offset of the first byte that is not valid UTF-8 (overlongs, surrogates and
// truncated sequences included), or nullopt when the whole buffer is valid.
std::optional<qsizetype> firstInvalidByte(const QByteArray& data);

// 1-based line of a byte offset.
int lineOfOffset(const QByteArray& data, qsizetype offset);

// Throws the UserError decodeStrict() throws when `data` is not UTF-8, naming the line
// counted from `firstLine` (the line of the file `data` starts on).
void requireValid(const QByteArray& data, const QString& fileName, int firstLine = 1);

// Decodes a file's bytes as UTF-8 (a leading BOM dropped). A buffer that is not UTF-8
// is refused with a message naming the file and line, rather than decoded to mojibake.
QString decodeStrict(const QByteArray& data, const QString& fileName);
} // namespace Utf8
