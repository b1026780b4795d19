# SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Hardening flags (issue 15 item 16), the usual ones of a distribution package (dpkg-buildflags
# hardening=+all), so that a memory-safety bug in the wizard, which holds a customer's keys, is
# harder to turn into code execution:
#   -fstack-protector-strong        canaries; a smashed stack aborts (__stack_chk_fail)
#   -D_FORTIFY_SOURCE=2             glibc's checked string/memory calls (__memcpy_chk…), which
#                                   need optimisation: not in Debug builds (glibc warns, no effect)
#   -fstack-clash-protection        a huge alloca/VLA cannot jump over the guard page
#   -fcf-protection                 Intel CET (IBT + shadow stack) where the compiler supports it
#   -Wl,-z,relro -Wl,-z,now         full RELRO: the GOT is resolved at start, then read-only
#   -Wl,-z,noexecstack              no executable stack
# Included from the top-level CMakeLists.txt before any target exists, so every library, program
# and test of ours gets them (ccache hashes the flags: a hardened object is cached like any other).
#
#   -DSNC_HARDENING=ON  (default) apply them
#   -DSNC_HARDENING=OFF never (a build where the flags get in the way of a debugging session)
# The sanitizer and fuzz builds (SNC_SANITIZE, cmake/Sanitizers.cmake) do not get them: fortified
# calls bypass some of ASan's interceptors, and those builds are never shipped.
#
# tests/hardening checks the result on the built snc-wizard and snc-sandbox with readelf.
include(CheckCXXCompilerFlag)

option(SNC_HARDENING "Build with the usual hardening flags (stack protector, fortify, full RELRO, CET)" ON)
set(SNC_HARDENING_ACTIVE OFF)
set(SNC_HARDENING_CET OFF)

if(SNC_HARDENING AND NOT SNC_SANITIZE)
    set(SNC_HARDENING_ACTIVE ON)
    add_compile_options(-fstack-protector-strong)
    # The compiler may already define it (Ubuntu's gcc does): undefine first, no redefinition warning.
    add_compile_options("$<$<NOT:$<CONFIG:Debug>>:-U_FORTIFY_SOURCE;-D_FORTIFY_SOURCE=2>")
    check_cxx_compiler_flag(-fstack-clash-protection SNC_HAS_STACK_CLASH)
    if(SNC_HAS_STACK_CLASH)
        add_compile_options(-fstack-clash-protection)
    endif()
    check_cxx_compiler_flag(-fcf-protection=full SNC_HAS_CF_PROTECTION)
    if(SNC_HAS_CF_PROTECTION)
        set(SNC_HARDENING_CET ON)
        add_compile_options(-fcf-protection=full)
    endif()
    add_link_options(LINKER:-z,relro LINKER:-z,now LINKER:-z,noexecstack)
endif()
