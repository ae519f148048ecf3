#pragma once

#include <cstdio>
#include <cstring>

// Every benchmark says first how it was built: a Debug build's figures say little about
// the suite's speed. CONTEST_BUILD_TYPE comes from tests/bench/CMakeLists.txt.
inline void printBuildType()
{
    const char* type = CONTEST_BUILD_TYPE;
    std::printf("build type: %s%s\n", *type ? type : "(none)",
                std::strcmp(type, "Release") == 0 || std::strcmp(type, "RelWithDebInfo") == 0
                    ? ""
                    : " (not optimised: these figures do not measure the suite)");
    std::fflush(stdout);
}
