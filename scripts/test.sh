#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The README's second command: set up, build, and run the whole test suite, keychain tests
# included, against a real (throwaway, unlocked) gnome-keyring in a private D-Bus session.
# Extra arguments go to ctest (e.g. -R sandbox).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${SNC_BUILD_DIR:-$root/build}
"$root/scripts/setup-deps.sh" --test
"$root/scripts/build.sh"
exec "$root/scripts/with-test-keyring.sh" \
    ctest --test-dir "$build" --output-on-failure --timeout 600 "$@"
