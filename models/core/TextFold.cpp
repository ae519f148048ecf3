#include "TextFold.h"

namespace TextFold {

QString fold(QStringView text)
{
    // Plain ASCII needs no decomposition; most IDs and typed queries are like that.
    bool ascii = true;
    for (QChar c : text) {
        if (c.unicode() >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (ascii)
        return text.toString().toLower();

    const QString decomposed = text.toString().normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        switch (c.category()) {
        case QChar::Mark_NonSpacing:
        case QChar::Mark_SpacingCombining:
        case QChar::Mark_Enclosing:
            continue;
        default:
            break;
        }
        // đ and Đ are letters of their own, not d with a mark: NFD leaves them alone.
        if (c == QChar(0x0111) || c == QChar(0x0110))
            out.append(QLatin1Char('d'));
        else
            out.append(c.toLower());
    }
    return out;
}

} // namespace TextFold
