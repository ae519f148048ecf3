#pragma once

#if defined(__GLIBC__)
#include <malloc.h>
#endif

// While one exists, memory the process frees stays with it (glibc) instead of going back
// to the kernel at once, so that the next allocation of the same size does not fault its
// pages in again. Measured on a PDF of 10,000 certificates: Qt's PDF engine allocates
// and frees buffers of several hundred KB for every page (the page's compressed stream,
// each QR code's zlib state), glibc gave them back each time (brk down, brk up, or
// mmap/munmap), and the page faults, slow in a virtual machine, took a third of the run.
//
// The thresholds are set to the largest values glibc's own adjustment reaches on a
// 64-bit system (32 MiB to map a block apart, twice that kept at the top of the heap),
// and stay there: glibc cannot say what they were, and putting back its initial 128 KiB
// would end that adjustment for the rest of the process. What was kept is given back
// once at the end. Elsewhere this does nothing.
class HeapRetention
{
public:
    HeapRetention()
    {
#if defined(__GLIBC__)
        mallopt(M_MMAP_THRESHOLD, 32 << 20);
        mallopt(M_TRIM_THRESHOLD, 64 << 20);
#endif
    }
    ~HeapRetention()
    {
#if defined(__GLIBC__)
        malloc_trim(0);
#endif
    }
    HeapRetention(const HeapRetention&) = delete;
    HeapRetention& operator=(const HeapRetention&) = delete;
};
