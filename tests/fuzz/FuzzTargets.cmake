# SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
# SPDX-License-Identifier: GPL-3.0-or-later
# libFuzzer targets (issue 6 item 4): included only with -DSNC_FUZZ=ON (see cmake/Sanitizers.cmake).
# Each target is fuzz_<name> built from tests/fuzz/fuzz_<name>.cpp; its seed corpus is
# tests/fuzz/corpus/<name>/. scripts/fuzz.sh builds and runs them all for a bounded time.
set(SNC_FUZZ_DIR ${CMAKE_CURRENT_LIST_DIR})

# name:libraries (comma-separated)
set(_snc_fuzz_targets
    "apiresponse:snc_api,snc_stages,snc_tasks"
    "ipv4block:snc_stages"
    "otpauthuri:snc_otp"
    "pem:snc_crypto"
    "sandboxrequest:snc_sandbox_modules")
set(SNC_FUZZ_TARGETS "")
foreach(entry IN LISTS _snc_fuzz_targets)
    string(REPLACE ":" ";" parts "${entry}")
    list(POP_FRONT parts name)
    string(REPLACE "," ";" parts "${parts}")
    add_executable(fuzz_${name} ${SNC_FUZZ_DIR}/fuzz_${name}.cpp)
    target_link_libraries(fuzz_${name} PRIVATE ${parts})
    target_include_directories(fuzz_${name} PRIVATE ${PROJECT_SOURCE_DIR}/lib)
    target_link_options(fuzz_${name} PRIVATE -fsanitize=fuzzer)
    snc_target_defaults(fuzz_${name})
    list(APPEND SNC_FUZZ_TARGETS fuzz_${name})
endforeach()
# `cmake --build build-sanitize --target snc_fuzz` builds them all.
add_custom_target(snc_fuzz DEPENDS ${SNC_FUZZ_TARGETS})
