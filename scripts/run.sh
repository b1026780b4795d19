#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The README's first command: set up, build, and launch the wizard on the embedded practice
# sandbox. Extra arguments go to snc-wizard (e.g. --lang fr).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/setup-deps.sh"
"$root/scripts/build.sh"
exec "${SNC_BUILD_DIR:-$root/build}/app/wizard/snc-wizard" --sandbox "$@"
