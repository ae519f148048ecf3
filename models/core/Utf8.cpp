#include "Utf8.h"

#include "Problem.h"

namespace Utf8 {

std::optional<qsizetype> firstInvalidByte(const QByteArray& data)
{
    const auto* p = reinterpret_cast<const unsigned char*>(data.constData());
    const qsizetype n = data.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int len = 0;
        unsigned min = 0;
        unsigned cp = 0;
        if ((c & 0xE0) == 0xC0) {
            len = 2;
            cp = c & 0x1F;
            min = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            len = 3;
            cp = c & 0x0F;
            min = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            len = 4;
            cp = c & 0x07;
            min = 0x10000;
        } else {
            return i;
        }
        if (i + len > n)
            return i;
        for (int k = 1; k < len; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += len;
    }
    return std::nullopt;
}

int lineOfOffset(const QByteArray& data, qsizetype offset)
{
    int line = 1;
    for (qsizetype i = 0; i < offset && i < data.size(); ++i) {
        if (data.at(i) == '\n')
            ++line;
    }
    return line;
}

void requireValid(const QByteArray& data, const QString& fileName, int firstLine)
{
    if (const auto bad = firstInvalidByte(data)) {
        throw UserError(
            QCoreApplication::translate(
                "Utf8", "%1:%2: the file is not UTF-8 text (byte 0x%3 is not valid "
                        "UTF-8); save it as UTF-8 (in Excel: \"CSV UTF-8\") and try again")
                .arg(fileName)
                .arg(firstLine - 1 + lineOfOffset(data, *bad))
                .arg(static_cast<unsigned char>(data.at(*bad)), 2, 16, QLatin1Char('0')));
    }
}

QString decodeStrict(const QByteArray& data, const QString& fileName)
{
    requireValid(data, fileName, 1);
    QByteArrayView view(data);
    if (view.startsWith("\xEF\xBB\xBF"))
        view = view.sliced(3);
    return QString::fromUtf8(view);
}

} // namespace Utf8
