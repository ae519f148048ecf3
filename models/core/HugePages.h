#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <new>

#if defined(__linux__)
#include <sys/mman.h>
#endif

// Large scratch arrays backed by 2 MiB pages where the kernel offers them (Linux with
// transparent huge pages in "madvise" mode, as on Debian). A pass over a million rows
// writes a few hundred MB of fresh memory; with 4 KiB pages that is tens of thousands of
// page faults, and in a virtual machine a fault costs several microseconds: measured,
// the faults took three quarters of bench_results (pvm_irq_enable in `perf`), more than
// all of the ranking's own work. A hint only: memory, contents and results are the same
// without it, and on other systems it does nothing.
namespace HugePages {

constexpr std::size_t kPageBytes = std::size_t(2) << 20;
// Below this an array is not worth a page of its own.
constexpr std::size_t kMinBytes = std::size_t(4) << 20;

// Asks for huge pages on the 2 MiB-aligned part of [begin, begin + bytes): for memory
// allocated elsewhere (a QList's), before it is first written.
inline void advise(const void* begin, std::size_t bytes)
{
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    if (bytes < kMinBytes)
        return;
    const auto from =
        (reinterpret_cast<std::uintptr_t>(begin) + kPageBytes - 1) & ~(kPageBytes - 1);
    const auto to = (reinterpret_cast<std::uintptr_t>(begin) + bytes) & ~(kPageBytes - 1);
    if (to > from)
        madvise(reinterpret_cast<void*>(from), to - from, MADV_HUGEPAGE);
#else
    (void)begin;
    (void)bytes;
#endif
}

// A std::vector allocator: arrays of kMinBytes and more start on a 2 MiB boundary and
// are advised (advise()), smaller ones come from operator new as usual.
template <typename T> struct Allocator
{
    using value_type = T;

    Allocator() = default;
    template <typename U> Allocator(const Allocator<U>&) noexcept {}

    T* allocate(std::size_t n)
    {
#if defined(__linux__)
        if (isLarge(n)) {
            if (n > (PTRDIFF_MAX - kPageBytes) / sizeof(T))
                throw std::bad_alloc();
            const std::size_t rounded = (n * sizeof(T) + kPageBytes - 1) & ~(kPageBytes - 1);
            void* p = std::aligned_alloc(kPageBytes, rounded);
            if (!p)
                throw std::bad_alloc();
            advise(p, rounded);
            return static_cast<T*>(p);
        }
#endif
        return std::allocator<T>().allocate(n);
    }
    void deallocate(T* p, std::size_t n) noexcept
    {
        if (isLarge(n))
            std::free(p);
        else
            std::allocator<T>().deallocate(p, n);
    }

    // Only Linux has the advice (and MinGW no std::aligned_alloc): elsewhere every
    // array comes from operator new.
    static bool isLarge(std::size_t n)
    {
#if defined(__linux__)
        return n * sizeof(T) >= kMinBytes;
#else
        (void)n;
        return false;
#endif
    }

    template <typename U> bool operator==(const Allocator<U>&) const noexcept
    {
        return true;
    }
    template <typename U> bool operator!=(const Allocator<U>&) const noexcept
    {
        return false;
    }
};

} // namespace HugePages
