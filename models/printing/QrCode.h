#pragma once

#include <QPainterPath>
#include <QString>

// A QR code (libqrencode, error correction M) as one vector path of its dark modules,
// so it prints sharp at any size and adds no image to the PDF per page.
namespace QrCode {
// The path fills a square of `size` device units with its top-left corner at (0, 0),
// quiet zone not included. Empty on failure.
QPainterPath path(const QString& text, double size);
} // namespace QrCode
