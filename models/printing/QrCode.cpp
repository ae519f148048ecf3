#include "QrCode.h"

#include <qrencode.h>

namespace QrCode {

QImage image(const QString& text)
{
    QRcode* code = QRcode_encodeString(text.toUtf8().constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    if (!code)
        return QImage();
    const int n = code->width;
    QImage img(n, n, QImage::Format_Mono);
    img.setColorTable({qRgb(255, 255, 255), qRgb(0, 0, 0)});
    img.fill(0);
    for (int y = 0; y < n; ++y) {
        for (int x = 0; x < n; ++x) {
            if (code->data[y * n + x] & 1)
                img.setPixel(x, y, 1);
        }
    }
    QRcode_free(code);
    return img;
}

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
