// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ProcessProtection.h"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <sys/prctl.h>
#include <sys/resource.h>

#if defined(__SANITIZE_ADDRESS__)
#define SNC_ASAN_BUILD 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define SNC_ASAN_BUILD 1
#endif
#endif

namespace snc {

MemoryProtection protectProcessMemory()
{
    // Read with getenv, not Qt: this runs before the QCoreApplication exists.
    if (const char *allow = std::getenv("SNC_ALLOW_CORE_DUMPS"); allow && std::strcmp(allow, "1") == 0) {
        std::fputs("SNC_ALLOW_CORE_DUMPS=1: core dumps and same-user debugging stay allowed; "
                   "a crash may write secrets to disk\n", stderr);
        return MemoryProtection::AllowedByUser;
    }
#ifdef SNC_ASAN_BUILD
    return MemoryProtection::SanitizerBuild;
#else
    bool ok = true;
    // Hard limit too: nothing later in the process (a plugin, a library) can raise it again.
    const rlimit none = {0, 0};
    if (::setrlimit(RLIMIT_CORE, &none) != 0) {
        std::fprintf(stderr, "cannot disable core dumps: %s\n", std::strerror(errno));
        ok = false;
    }
    // Not dumpable: no core even if a handler raises the limit, /proc/<pid>/ owned by root,
    // ptrace and /proc/<pid>/mem refused to the user's other processes.
    if (::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0) {
        std::fprintf(stderr, "cannot make the process non-dumpable: %s\n", std::strerror(errno));
        ok = false;
    }
    return ok ? MemoryProtection::Enabled : MemoryProtection::Failed;
#endif
}

} // namespace snc
