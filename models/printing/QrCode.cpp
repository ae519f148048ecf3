#include "QrCode.h"

#include <qrencode.h>

namespace QrCode {

QPainterPath path(const QString& text, double size)
{
    QPainterPath p;
    QRcode* code = QRcode_encodeString(text.toUtf8().constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    if (!code)
        return p;
    const int n = code->width;
    const double m = size / n;
    // One rectangle per horizontal run of dark modules: fewer path elements per page.
    for (int y = 0; y < n; ++y) {
        int x = 0;
        while (x < n) {
            if (!(code->data[y * n + x] & 1)) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < n && (code->data[y * n + x] & 1))
                ++x;
            p.addRect(start * m, y * m, (x - start) * m, m);
        }
    }
    QRcode_free(code);
    return p;
}

} // namespace QrCode
