#pragma once

#include <QString>
#include <QStringList>

#include <vector>

// Numbers the distinct unit codes of half a million rows. A short FNV-1a hash over the
// UTF-16 code units and a small open-addressing table: codes are a few characters and
// a few hundred distinct, so this beats QHash<QString, int> several times over.
class UnitInterner
{
public:
    UnitInterner() { m_slots.assign(64, -1); }

    // The number of code; *isNew tells whether it was seen for the first time.
    int intern(const QString& code, bool* isNew)
    {
        const quint32 h = hashOf(code);
        size_t i = h & (m_slots.size() - 1);
        for (; m_slots[i] >= 0; i = (i + 1) & (m_slots.size() - 1)) {
            const int k = m_slots[i];
            if (m_hashes[k] == h && m_codes.at(k) == code) {
                *isNew = false;
                return k;
            }
        }
        const int k = int(m_codes.size());
        m_codes << code;
        m_hashes.push_back(h);
        m_slots[i] = k;
        *isNew = true;
        if (m_codes.size() * 2 > qsizetype(m_slots.size()))
            grow();
        return k;
    }

    const QStringList& codes() const { return m_codes; }

private:
    static quint32 hashOf(const QString& s)
    {
        quint32 h = 2166136261u;
        for (QChar c : s) {
            h ^= c.unicode();
            h *= 16777619u;
        }
        return h;
    }
    void grow()
    {
        m_slots.assign(m_slots.size() * 2, -1);
        for (int k = 0; k < int(m_codes.size()); ++k) {
            size_t i = m_hashes[k] & (m_slots.size() - 1);
            while (m_slots[i] >= 0)
                i = (i + 1) & (m_slots.size() - 1);
            m_slots[i] = k;
        }
    }

    std::vector<int> m_slots; // -1: empty, else an index into m_codes
    std::vector<quint32> m_hashes;
    QStringList m_codes;
};
