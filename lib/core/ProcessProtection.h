// SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace snc {

/**
 * @brief Keeps the process's memory out of core dumps and away from same-user debuggers
 * (issue 15 item 6).
 *
 * The wizard holds the application secret, the consumer key, the NSX password, the IPsec PSK and
 * private keys in memory; a core dump would write them to disk, where crash reporters
 * (systemd-coredump, apport) keep and may upload them, and any process of the same user could
 * read them through ptrace or /proc/<pid>/mem. protectProcessMemory() therefore sets
 * RLIMIT_CORE to 0 (soft and hard) and PR_SET_DUMPABLE to 0, which also makes /proc/<pid>/
 * (environ, mem, maps…) and ptrace(ATTACH) refused to other processes of the user that lack
 * CAP_SYS_PTRACE.
 *
 * Call it first thing in main(), before any secret exists. It is skipped:
 *  - when SNC_ALLOW_CORE_DUMPS=1 is set (a developer debugging a crash or attaching gdb);
 *  - in AddressSanitizer builds, whose LeakSanitizer attaches to the process with ptrace at
 *    exit and fails on a non-dumpable one (those builds are never shipped).
 *
 * @return the state it left the process in.
 */
enum class MemoryProtection {
    Enabled,         ///< no core dump, not dumpable
    AllowedByUser,   ///< SNC_ALLOW_CORE_DUMPS=1
    SanitizerBuild,  ///< AddressSanitizer build: left as is
    Failed,          ///< a system call failed (reported on stderr); the program goes on
};
MemoryProtection protectProcessMemory();

} // namespace snc
