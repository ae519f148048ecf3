#include "VietnameseCollation.h"

#include <QList>
#include <QString>

#include <iterator>

namespace {

// Letters of the Vietnamese alphabet, plus f j w z for names and words from elsewhere.
// The marked letters are written as base letter + the one mark that makes them a letter.
constexpr char16_t kBreve = 0x0306;
constexpr char16_t kCircumflex = 0x0302;
constexpr char16_t kHorn = 0x031B;

struct Letter
{
    char16_t base;
    char16_t mark; // 0: the plain letter
};

constexpr Letter kAlphabet[] = {
    {u'a', 0}, {u'a', kBreve},      {u'a', kCircumflex}, {u'b', 0},     {u'c', 0}, {u'd', 0},
    {u'đ', 0}, {u'e', 0},           {u'e', kCircumflex}, {u'f', 0},     {u'g', 0}, {u'h', 0},
    {u'i', 0}, {u'j', 0},           {u'k', 0},           {u'l', 0},     {u'm', 0}, {u'n', 0},
    {u'o', 0}, {u'o', kCircumflex}, {u'o', kHorn},       {u'p', 0},     {u'q', 0}, {u'r', 0},
    {u's', 0}, {u't', 0},           {u'u', 0},           {u'u', kHorn}, {u'v', 0}, {u'w', 0},
    {u'x', 0}, {u'y', 0},           {u'z', 0},
};

// Tones as combining marks after NFD, in dictionary order (ngang is no mark at all).
constexpr char16_t kTones[] = {0x0300 /*huyền*/, 0x0309 /*hỏi*/, 0x0303 /*ngã*/, 0x0301 /*sắc*/,
                               0x0323 /*nặng*/};

// Primary weights: separators < digits < letters < everything else by code point.
constexpr quint32 kSeparatorBase = 0x010000;
constexpr quint32 kDigitBase = 0x020000;
constexpr quint32 kLetterBase = 0x030000;
constexpr quint32 kOtherBase = 0x040000;

int letterIndex(char16_t base, char16_t mark)
{
    for (int i = 0; i < int(std::size(kAlphabet)); ++i) {
        if (kAlphabet[i].base == base && kAlphabet[i].mark == mark)
            return i;
    }
    return -1;
}

int toneIndex(char32_t mark)
{
    for (int i = 0; i < int(std::size(kTones)); ++i) {
        if (kTones[i] == mark)
            return i + 1;
    }
    return 0;
}

bool isCombining(char32_t c)
{
    const auto category = QChar::category(c);
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining ||
           category == QChar::Mark_Enclosing;
}

void appendWeight(QByteArray& key, quint32 w)
{
    key.append(char((w >> 16) & 0xFF));
    key.append(char((w >> 8) & 0xFF));
    key.append(char(w & 0xFF));
}

} // namespace

QByteArray VietnameseCollation::sortKey(QStringView text)
{
    const QList<uint> points = text.toString().normalized(QString::NormalizationForm_D).toUcs4();
    QByteArray primary, secondary, tertiary;
    primary.reserve(points.size() * 3);
    for (qsizetype i = 0; i < points.size();) {
        const char32_t c = points[i++];
        QList<char32_t> marks;
        while (i < points.size() && isCombining(points[i]))
            marks << points[i++];

        const char32_t lower = QChar::toLower(c);
        const bool upper = lower != c;
        int tone = 0;
        char16_t letterMark = 0;
        QList<char32_t> otherMarks;
        for (char32_t m : marks) {
            if (const int t = toneIndex(m); t != 0 && tone == 0)
                tone = t;
            else if ((m == kBreve || m == kCircumflex || m == kHorn) && letterMark == 0 &&
                     lower < 0x10000 && letterIndex(char16_t(lower), char16_t(m)) >= 0)
                letterMark = char16_t(m);
            else
                otherMarks << m;
        }

        const int letter = lower < 0x10000 ? letterIndex(char16_t(lower), letterMark) : -1;
        if (letter >= 0)
            appendWeight(primary, kLetterBase + quint32(letter));
        else if (c >= u'0' && c <= u'9')
            appendWeight(primary, kDigitBase + quint32(c - u'0'));
        else if (QChar::isSpace(c) || QChar::isPunct(c) || QChar::isSymbol(c))
            appendWeight(primary, kSeparatorBase + quint32(c & 0xFFFF));
        else
            appendWeight(primary, kOtherBase + quint32(lower));

        // A mark that is neither a tone nor part of a letter (e.g. a stray breve on "b")
        // still tells two strings apart, after every tone.
        secondary.append(char(1 + tone));
        for (char32_t m : otherMarks) {
            secondary.append(char(0x10));
            appendWeight(secondary, quint32(m));
        }
        tertiary.append(char(upper ? 2 : 1));
    }
    QByteArray key;
    key.reserve(primary.size() + secondary.size() + tertiary.size() + 2);
    key.append(primary).append('\0').append(secondary).append('\0').append(tertiary);
    return key;
}

int VietnameseCollation::compare(QStringView a, QStringView b)
{
    const QByteArray ka = sortKey(a);
    const QByteArray kb = sortKey(b);
    return ka < kb ? -1 : (kb < ka ? 1 : 0);
}
