#pragma once

#include <QByteArray>

// Compares without stopping at the first difference, so the time taken tells nothing
// about how much of a guessed secret or token was right.
inline bool constantTimeEquals(const QByteArray& a, const QByteArray& b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}
