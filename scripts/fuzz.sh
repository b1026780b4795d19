#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: scripts/fuzz.sh [target…]      (default: every tests/fuzz/fuzz_*.cpp)
# Env:   SNC_FUZZ_SECONDS (default 30): time per target.
#
# Builds the libFuzzer targets (clang, -fsanitize=fuzzer,address,undefined) in build-sanitize
# and runs each for a bounded time, starting from its committed seed corpus
# (tests/fuzz/corpus/<name>/, read-only: new inputs go to a scratch folder). A crash, a
# sanitizer report, a leak, a timeout (> 10 s on one input) or an out-of-memory is a failure:
# the script exits non-zero and the reproducer is kept in build-sanitize/fuzz-artifacts/.
set -euo pipefail
source "$(dirname "$0")/sanitize-env.sh"
seconds=${SNC_FUZZ_SECONDS:-30}

if (($# > 0)); then
    targets=("$@")
else
    targets=()
    for f in "$root"/tests/fuzz/fuzz_*.cpp; do
        n=$(basename "$f" .cpp)
        targets+=("${n#fuzz_}")
    done
fi
configure_sanitize_build
cmake --build "$build" -j"${SNC_JOBS:-2}" --target "${targets[@]/#/fuzz_}"

artifacts=$build/fuzz-artifacts
mkdir -p "$artifacts"
failed=()
for t in "${targets[@]}"; do
    scratch=$(mktemp -d "${TMPDIR:-/tmp}/snc-fuzz-$t.XXXXXX")
    echo "fuzz: $t for ${seconds}s"
    if ! QT_QPA_PLATFORM=offscreen "$build/fuzz_$t" "$scratch" "$root/tests/fuzz/corpus/$t" \
        -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=8192 \
        -artifact_prefix="$artifacts/$t-" -print_final_stats=1 >"$scratch.log" 2>&1; then
        tail -n 60 "$scratch.log"
        failed+=("$t")
    else
        grep -E '^stat::number_of_executed_units|^Done' "$scratch.log" || true
    fi
    rm -rf "$scratch" "$scratch.log"
done
if ((${#failed[@]})); then
    echo "fuzz: FAILED: ${failed[*]} (reproducers in $artifacts)" >&2
    exit 1
fi
echo "fuzz: ${#targets[@]} targets clean (${seconds}s each)"
