#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs every benchmark of issue #7 and prints BENCHMARKS.md-ready markdown tables on stdout.
#   bench/run.sh [BUILD_DIR] [run.py options: --reps N --requests N --in-flight N --idle S --skip-autopilot]
# BUILD_DIR (default: build) must have snc-wizard, snc-sandbox and the bench/ targets built:
#   cmake --build BUILD_DIR --target snc-wizard snc-sandbox snc-bench-bare snc-bench-load snc-bench-micro
# A Release build gives the representative figures. Runs in a private keychain (the wizard uses
# one) and its own Xvfb display. Takes about 7 minutes (two full autopilot runs + 60 s idle).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../build}
[[ $# -gt 0 ]] && shift
exec "$here/../scripts/with-test-keyring.sh" python3 "$here/run.py" --build "$build" "$@"
