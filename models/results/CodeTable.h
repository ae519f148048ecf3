#pragma once

#include "Prefetch.h"
#include "core/HugePages.h"

#include <QtGlobal>

#include <vector>

// Open addressing from a non-zero 64-bit identity code to a small number: a million
// inserts with no allocation per entry, which is where QHash<QString, ...> spent its time.
// Code and number share one slot, so a lookup costs one cache miss, and prefetch()
// lets the caller start that miss early.
class CodeTable
{
public:
    explicit CodeTable(qsizetype expected)
    {
        size_t capacity = 16;
        while (capacity < size_t(expected) * 2)
            capacity *= 2;
        m_slots.assign(capacity, Slot{0, -1});
        m_mask = capacity - 1;
    }

    void prefetch(quint64 code) const { ::prefetch(&m_slots[home(code)]); }

    // The number stored for code, or next (stored now) when the code is new.
    int findOrInsert(quint64 code, int next)
    {
        for (size_t i = home(code);; i = (i + 1) & m_mask) {
            Slot& slot = m_slots[i];
            if (slot.code == code)
                return slot.value;
            if (slot.code == 0) {
                slot = Slot{code, next};
                return next;
            }
        }
    }

private:
    struct Slot
    {
        quint64 code; // 0: empty
        qint64 value;
    };
    size_t home(quint64 code) const
    {
        return size_t((code * 0x9E3779B97F4A7C15ULL) >> 20) & m_mask;
    }

    std::vector<Slot, HugePages::Allocator<Slot>> m_slots;
    size_t m_mask = 0;
};
