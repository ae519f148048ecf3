#pragma once

#include <QByteArray>
#include <QJsonParseError>
#include <QString>

namespace JsonLocation {
// "contest.json:3:17: unterminated string" from Qt's parse error and the text.
QString describeParseError(const QByteArray& data, const QJsonParseError& error,
                           const QString& fileName);
} // namespace JsonLocation
