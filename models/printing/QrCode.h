#pragma once

#include <QImage>
#include <QPainterPath>
#include <QString>

// A QR code (libqrencode, error correction M), as a vector path of its dark modules or
// as a 1-bit image of one pixel per module. The image is what certificates use: in a
// PDF it is ~10 times smaller and faster than the path, and drawn without smoothing it
// prints just as sharp.
namespace QrCode {
// Format_Mono, one pixel per module, no quiet zone. Null on failure.
QImage image(const QString& text);
// The path fills a square of `size` device units with its top-left corner at (0, 0),
// quiet zone not included. Empty on failure.
QPainterPath path(const QString& text, double size);
} // namespace QrCode
