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
# Two tests at a time (SNC_TEST_JOBS): the long end-to-end tests mostly wait on the sandbox's
# tasks, and those that keep secrets each have a keyring of their own (tests/CMakeLists.txt).
exec "$root/scripts/with-test-keyring.sh" \
    ctest --test-dir "$build" --output-on-failure --timeout 600 --parallel "${SNC_TEST_JOBS:-2}" "$@"
