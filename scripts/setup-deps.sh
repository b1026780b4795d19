#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs the Debian 12 packages needed to build, run and test the wizard, if any is missing.
# As root it runs apt-get; otherwise it prints the exact command to run and stops.
set -euo pipefail

packages=(
    # build (qt6-httpserver-dev needs qt6-websockets-dev for its CMake config, but Debian does not pull it in)
    cmake ninja-build g++ pkgconf
    # every build compiles through ccache (cmake/Ccache.cmake): a clean clone reuses what did not change
    ccache
    qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev qt6-websockets-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qtkeychain-qt6-dev libqrencode-dev libssl-dev libgl-dev
    # run: Qt's own French strings, the Secret Service client library QtKeychain loads at run time
    qt6-translations-l10n libsecret-1-0 qt6-qpa-plugins
    # test: a real Secret Service in a private D-Bus session, a virtual display, openssl CLI, node
    gnome-keyring dbus libsecret-tools xvfb xauth openssl nodejs npm
    # test: strongSwan's own parser for the exported swanctl.conf (a private charon + swanctl)
    strongswan-swanctl strongswan-charon libstrongswan-standard-plugins
    # sanitizer build and libFuzzer targets (scripts/test-sanitizers.sh, scripts/fuzz.sh)
    clang libclang-rt-14-dev
    # packaging checks: dpkg-shlibdeps, desktop-file-validate, appstreamcli
    dpkg-dev desktop-file-utils appstream
)
if [[ "${1:-}" == "--test" ]]; then
    : # the test set is the same today; kept as a flag so the two README commands stay stable
fi
# optional, with --bench: Google Benchmark for bench/'s micro-benchmarks, python3 for bench/run.sh
bench_packages=(libbenchmark-dev python3)
if [[ " $* " == *" --bench "* ]]; then
    packages+=("${bench_packages[@]}")
fi

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
# node and npm may come from elsewhere than Debian (e.g. a preinstalled toolchain): accept them.
if command -v node >/dev/null && command -v npm >/dev/null; then
    filtered=()
    for p in "${missing[@]}"; do [[ "$p" == nodejs || "$p" == npm ]] || filtered+=("$p"); done
    missing=("${filtered[@]}")
fi

if ((${#missing[@]} == 0)); then
    exit 0
fi

cmd=(apt-get install -y --no-install-recommends "${missing[@]}")
if [[ $(id -u) -eq 0 ]]; then
    echo "Installing missing packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    # An old or empty package list makes apt-get fail on a fresh machine: refresh it once.
    apt-get update -qq
    "${cmd[@]}"
else
    echo "Missing Debian packages: ${missing[*]}" >&2
    echo "Run this, then start again:" >&2
    echo "  sudo ${cmd[*]}" >&2
    exit 1
fi
