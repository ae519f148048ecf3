#include "HugePageHeap.h"

#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iterator>

#if defined(__linux__) && defined(__GLIBC__)
#include <unistd.h>
#endif

namespace HugePageHeap {

std::string restartTunables(const char* current, const std::string& transparentHugePages)
{
    // "[never]" (or no such file): the kernel gives no huge pages, the restart buys nothing.
    if (transparentHugePages.find("[always]") == std::string::npos &&
        transparentHugePages.find("[madvise]") == std::string::npos)
        return std::string();
    if (current && std::strstr(current, "glibc.malloc.hugetlb"))
        return std::string(); // set already: by the restart, or by the user
    const std::string setting = "glibc.malloc.hugetlb=1";
    return current && *current ? std::string(current) + ":" + setting : setting;
}

void restartWithHugePages(char** argv)
{
#if defined(__linux__) && defined(__GLIBC__)
    std::ifstream file("/sys/kernel/mm/transparent_hugepage/enabled");
    const std::string offered((std::istreambuf_iterator<char>(file)),
                              std::istreambuf_iterator<char>());
    const std::string tunables = restartTunables(std::getenv("GLIBC_TUNABLES"), offered);
    if (tunables.empty())
        return;
    setenv("GLIBC_TUNABLES", tunables.c_str(), 1);
    execv("/proc/self/exe", argv);
    // The restart failed (no /proc?): go on as we are. The variable stays, harmless.
#else
    (void)argv;
#endif
}

} // namespace HugePageHeap
