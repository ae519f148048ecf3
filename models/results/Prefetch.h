#pragma once

// Asks the CPU to start loading memory that a loop will read a few iterations later:
// the engine's passes jump through arrays far larger than the caches, and waiting for
// each load in turn is most of their time. A hint only: it never changes a result.
inline void prefetch(const void* address)
{
#if defined(__GNUC__) || defined(__clang__)
    __builtin_prefetch(address);
#else
    (void)address;
#endif
}
