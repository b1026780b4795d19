# SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Sourced by scripts/test-sanitizers.sh and scripts/fuzz.sh: the sanitizer build folder, how to
# configure it, and the runtime options (any report aborts with a stack trace).
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${SNC_SANITIZE_BUILD_DIR:-$root/build-sanitize}

configure_sanitize_build() {
    if ! command -v clang++ >/dev/null; then
        echo "sanitizers: clang++ not found; install: clang libclang-rt-14-dev" >&2
        exit 1
    fi
    if [[ ! -f "$build/build.ninja" ]]; then
        # Through ccache (cmake/Ccache.cmake), like the main build.
        cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
            -DCMAKE_CXX_COMPILER=clang++ \
            -DSNC_CCACHE=ON -DSNC_FUZZ=ON >/dev/null
    fi
}

export ASAN_OPTIONS="halt_on_error=1:abort_on_error=1:detect_leaks=1:print_stacktrace=1:fast_unwind_on_malloc=0:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:report_error_type=1"
export LSAN_OPTIONS="suppressions=$root/tests/sanitizers/lsan.supp:print_suppressions=0"
