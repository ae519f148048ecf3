#pragma once

#include <QByteArray>
#include <QStringView>

// Vietnamese alphabetical order computed by us, so that a list printed on Windows (whose
// collation is CompareStringEx, not ICU) comes out in the same order as on Linux: the
// certificates of a run and their register must match page for page on every office PC.
//
// Letters first, in the Vietnamese alphabet (a ă â b c d đ e ê … o ô ơ … u ư …); then the
// tones, in the order of Vietnamese dictionaries (ngang, huyền, hỏi, ngã, sắc, nặng); then
// lower case before upper case. Digits come before letters, spaces and punctuation before
// digits; any other character after the letters by code point. NFC and NFD sort the same.
namespace VietnameseCollation {
// A key whose byte order (memcmp) is the order above.
QByteArray sortKey(QStringView text);
// <0, 0 or >0, like strcmp.
int compare(QStringView a, QStringView b);
} // namespace VietnameseCollation
