#pragma once

#include <string>

// glibc's heap on 2 MiB pages (transparent huge pages), for a run that moves a lot of
// memory. Importing a file of 100,000 submissions allocates and frees a few hundred MB on
// five threads; with 4 KiB pages a fresh process faults about 47,000 times, and in a
// virtual machine a fault costs several microseconds: measured, the first import in a
// process took 1.70 s, the same import again in that process (its heap warm) 1.38 s, and a
// fresh process with glibc's heap on huge pages 1.41 s (24,500 faults). HugePages.h does
// this for arrays the suite allocates itself; this is for everything malloc hands out
// (Qt's strings, SQLite's page cache).
//
// glibc reads its tunables only when a program starts, so the program starts itself again,
// once, with glibc.malloc.hugetlb=1 added to GLIBC_TUNABLES. A hint only: results are the
// same without it, and it does nothing off Linux, without glibc, when the kernel offers no
// transparent huge pages, or when GLIBC_TUNABLES already names the setting (so
// `GLIBC_TUNABLES=glibc.malloc.hugetlb=0` keeps 4 KiB pages).
namespace HugePageHeap {

// The GLIBC_TUNABLES value to restart with, or "" to go on as is. `current`: the variable
// (null when unset); `transparentHugePages`: the kernel's
// /sys/kernel/mm/transparent_hugepage/enabled ("always [madvise] never").
std::string restartTunables(const char* current, const std::string& transparentHugePages);

// First thing in main(), with main's own argv: returns when there is nothing to do or the
// restart failed; otherwise the program starts again in this process.
void restartWithHugePages(char** argv);

} // namespace HugePageHeap
