#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Configures (once) and builds incrementally into build/ (or $SNC_BUILD_DIR).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${SNC_BUILD_DIR:-$root/build}
type=${SNC_BUILD_TYPE:-RelWithDebInfo}
if [[ ! -f "$build/build.ninja" ]]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE="$type" -DSNC_CCACHE=ON "$@"
fi
cmake --build "$build" -j "$(nproc)"
