#include "JsonLocation.h"

namespace JsonLocation {

QString describeParseError(QByteArrayView data, const QJsonParseError& error,
                           const QString& fileName, int firstLine, int firstColumn)
{
    int line = firstLine;
    int column = firstColumn;
    for (qsizetype i = 0; i < error.offset && i < data.size(); ++i) {
        if (data.at(i) == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(data.at(i)) & 0xC0) != 0x80) {
            ++column; // count characters, not UTF-8 continuation bytes
        }
    }
    return QStringLiteral("%1:%2:%3: %4")
        .arg(fileName)
        .arg(line)
        .arg(column)
        .arg(error.errorString());
}

} // namespace JsonLocation
