#pragma once

#include <QString>
#include <QStringView>

// Text folded for searching Vietnamese without its marks: people type "cai cach" for
// "Cải cách", and "d" for "đ", on keyboards without a Vietnamese input method.
namespace TextFold {
// Lower case, diacritics removed (NFD, combining marks dropped), đ/Đ → d.
QString fold(QStringView text);
} // namespace TextFold
