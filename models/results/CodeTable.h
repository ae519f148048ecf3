#pragma once

#include <QtGlobal>

#include <vector>

// Open addressing from a non-zero 64-bit identity code to a small number: a million
// inserts with no allocation per entry, which is where QHash<QString, ...> spent its time.
class CodeTable
{
public:
    explicit CodeTable(qsizetype expected)
    {
        size_t capacity = 16;
        while (capacity < size_t(expected) * 2)
            capacity *= 2;
        m_codes.assign(capacity, 0);
        m_values.assign(capacity, -1);
        m_mask = capacity - 1;
    }

    // The number stored for code, or next (stored now) when the code is new.
    int findOrInsert(quint64 code, int next)
    {
        size_t i = size_t((code * 0x9E3779B97F4A7C15ULL) >> 20) & m_mask;
        while (m_codes[i] != 0) {
            if (m_codes[i] == code)
                return m_values[i];
            i = (i + 1) & m_mask;
        }
        m_codes[i] = code;
        m_values[i] = next;
        return next;
    }

private:
    std::vector<quint64> m_codes; // 0: empty
    std::vector<int> m_values;
    size_t m_mask = 0;
};
