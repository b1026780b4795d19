# SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Where debug information goes. Every test program links the whole of lib/ statically, so with
# plain -g each of the ~140 test executables carried its own 55 MB copy of the same DWARF: the
# suite's build folder was 6 GB, a clean-clone CI run wrote 12 GB, and one CI run failed with
# "No space left on device" at link time. Included from the top-level CMakeLists.txt before any
# target exists.
#
#   -DSNC_SPLIT_DWARF=ON  (default) -gsplit-dwarf: the debug information stays in one .dwo file
#                         per object, written once; executables keep only a small skeleton
#                         (line tables, so stack traces still name files and lines). gdb reads
#                         the .dwo files from the build folder. ccache (4.x) caches them too.
#   -DSNC_SPLIT_DWARF=OFF classic -g, everything copied into every executable.
#
# The sanitizer/fuzz build needs only file:line for its reports: it uses -gline-tables-only
# (cmake/Sanitizers.cmake), which is smaller still.
option(SNC_SPLIT_DWARF "Keep debug information in .dwo files, not in every executable" ON)

if(SNC_SPLIT_DWARF AND NOT SNC_SANITIZE
        AND CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    add_compile_options($<$<CONFIG:Debug,RelWithDebInfo>:-gsplit-dwarf>)
endif()
