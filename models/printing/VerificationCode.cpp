#include "VerificationCode.h"

#include <QCryptographicHash>

namespace {
const char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
}

namespace VerificationCode {

QString make(const QString& snapshotSha256, const QString& recipient, const QString& kind)
{
    const QByteArray hash = QCryptographicHash::hash(
        (snapshotSha256 + QLatin1Char('|') + recipient + QLatin1Char('|') + kind).toUtf8(),
        QCryptographicHash::Sha256);
    // 10 symbols of 5 bits from the first 7 bytes.
    quint64 bits = 0;
    for (int i = 0; i < 7; ++i)
        bits = (bits << 8) | quint8(hash[i]);
    QString code;
    for (int i = 0; i < 10; ++i)
        code += QLatin1Char(kAlphabet[(bits >> (51 - 5 * i)) & 31]);
    return code;
}

QString normalise(const QString& typed)
{
    QString out;
    for (QChar c : typed.toUpper()) {
        if (c == QLatin1Char(' ') || c == QLatin1Char('-'))
            continue;
        if (c == QLatin1Char('O'))
            c = QLatin1Char('0');
        else if (c == QLatin1Char('I') || c == QLatin1Char('L'))
            c = QLatin1Char('1');
        out += c;
    }
    return out;
}

QString qrPayload(const QString& code, const QString& siteUrl)
{
    if (!siteUrl.isEmpty()) {
        QString base = siteUrl;
        while (base.endsWith(QLatin1Char('/')))
            base.chop(1);
        return base + QStringLiteral("/xac-minh/") + code;
    }
    return QStringLiteral("CONTEST-ADMIN VERIFY ") + code;
}

} // namespace VerificationCode
