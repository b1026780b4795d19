#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: scripts/test-sanitizers.sh [extra ctest args…]
#
# Builds the unit and integration tests (plus the client<->sandbox e2e tests, not the GUI
# autopilot) with clang, AddressSanitizer + UndefinedBehaviorSanitizer (+ LeakSanitizer) in
# build-sanitize (ccache), then runs them under a throwaway keyring. Any sanitizer report fails
# the test that triggered it (halt_on_error; UB is not recoverable). Leak suppressions, only for
# system libraries: tests/sanitizers/lsan.supp.
set -euo pipefail
source "$(dirname "$0")/sanitize-env.sh"
labels=${SNC_SANITIZE_LABELS:-unit|integration}
e2e=(tst_clientsandbox tst_clientsandbox_credential tst_clientsandbox_faults tst_tlstrust)

configure_sanitize_build
mapfile -t tests < <(ctest --test-dir "$build" -N -L "$labels" | awk '/Test +#/ {print $3}')
for t in "${e2e[@]}"; do
    ctest --test-dir "$build" -N -R "^$t\$" | grep -q "Test *#" && tests+=("$t")
done
# Build the tests that are programs (a test such as tst_uilayering is a CMake script: no target).
mapfile -t known < <(ninja -C "$build" -t targets all | sed -n 's/^\(tst_[A-Za-z0-9_]*\): .*/\1/p')
programs=()
for t in "${tests[@]}"; do
    [[ " ${known[*]} " == *" $t "* ]] && programs+=("$t")
done
echo "test-sanitizers: building ${#programs[@]} test programs for ${#tests[@]} tests in $build"
cmake --build "$build" -j"${SNC_JOBS:-2}" --target "${programs[@]}" snc-sandbox
regex="^($(IFS='|'; echo "${tests[*]}"))\$"
# Sanitized code runs several times slower: a larger per-test timeout.
exec "$root/scripts/with-test-keyring.sh" \
    ctest --test-dir "$build" -R "$regex" --output-on-failure --timeout 900 --parallel "${SNC_TEST_JOBS:-2}" "$@"
