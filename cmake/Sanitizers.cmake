# SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Sanitizer and fuzzing builds (issue 6, items 4 and 5). Included from the top-level CMakeLists.txt
# before any target is defined, so the flags apply to every library, test and tool of ours.
#
#   -DSNC_SANITIZE=ON  AddressSanitizer + UndefinedBehaviorSanitizer (any UB aborts the test).
#   -DSNC_FUZZ=ON      libFuzzer targets in tests/fuzz (clang only; implies SNC_SANITIZE). Every
#                      object gets coverage instrumentation (-fsanitize=fuzzer-no-link); only the
#                      fuzz executables link libFuzzer's main().
# scripts/test-sanitizers.sh and scripts/fuzz.sh configure /work/main/build-sanitize with both.
option(SNC_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
option(SNC_FUZZ "Build the libFuzzer targets of tests/fuzz (clang)" OFF)

if(SNC_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "SNC_FUZZ needs clang (libFuzzer): -DCMAKE_CXX_COMPILER=clang++")
    endif()
    set(SNC_SANITIZE ON CACHE BOOL "" FORCE)
endif()

if(SNC_SANITIZE)
    set(_snc_san -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    if(CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        # Qt's moc'd code calls through member-function pointers cast between related types; the
        # vptr/function checks need RTTI of Qt's own (uninstrumented) classes and report noise.
        list(APPEND _snc_san -fno-sanitize=vptr,function)
    else()
        list(APPEND _snc_san -fno-sanitize=vptr)
    endif()
    # Line tables are all a sanitizer report needs (file:line in its stack trace); full -g made
    # every statically linked test program 80 MB (cmake/DebugInfo.cmake says why that matters).
    if(CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        add_compile_options(${_snc_san} -gline-tables-only)
    else()
        add_compile_options(${_snc_san} -g1)
    endif()
    add_link_options(-fsanitize=address,undefined)
    if(SNC_FUZZ)
        add_compile_options(-fsanitize=fuzzer-no-link)
        add_link_options(-fsanitize=fuzzer-no-link)
    endif()
endif()

# The fuzz targets are defined at the end of the top-level directory (after lib/ and the helper
# functions exist), so neither tests/CMakeLists.txt nor lib/ needs to know about them.
if(SNC_FUZZ)
    cmake_language(DEFER DIRECTORY ${CMAKE_SOURCE_DIR}
        CALL include ${CMAKE_SOURCE_DIR}/tests/fuzz/FuzzTargets.cmake)
endif()
