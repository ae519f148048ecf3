#pragma once

#include <QByteArrayView>
#include <QJsonParseError>
#include <QString>

namespace JsonLocation {
// "contest.json:3:17: unterminated string" from Qt's parse error and the text. `data` may
// be a part of the file that starts at line `firstLine`, column `firstColumn` of it.
QString describeParseError(QByteArrayView data, const QJsonParseError& error,
                           const QString& fileName, int firstLine = 1, int firstColumn = 1);
} // namespace JsonLocation
