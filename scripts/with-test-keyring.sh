#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 SecNumCloud Onboarding Wizard authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: scripts/with-test-keyring.sh <command> [args…]
#
# Runs the command inside a fresh private D-Bus session that holds a real Secret Service: a
# throwaway gnome-keyring whose "login" collection is created and unlocked on start. HOME and the
# XDG folders point to a temporary folder, so neither the developer's keyring nor their settings
# are touched. Afterwards the keyring daemon is stopped and the folder deleted. The command's exit
# status is returned.
#
# The recipe, by hand:
#   dbus-run-session -- sh -c '
#     export HOME=$(mktemp -d) XDG_DATA_HOME=… XDG_CONFIG_HOME=… XDG_CACHE_HOME=… XDG_RUNTIME_DIR=…
#     unset XDG_CURRENT_DESKTOP DESKTOP_SESSION   # so QtKeychain picks libsecret, not KWallet
#     printf %s pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null
#     <command>'
# QtKeychain 0.13 dlopen()s libsecret-1.so.0 (package libsecret-1-0); without it every keychain
# operation fails. `secret-tool` (libsecret-tools) is used below to prove the keyring works.
#
# SNC_TEST_KEYRING_DENY=<interface>.<method> (tests only, e.g.
# org.freedesktop.Secret.Collection.CreateItem): the private bus refuses that Secret Service method
# to every client, to produce a real "access denied" (tst_keychaintrouble).
set -euo pipefail

if (($# == 0)); then
    echo "usage: $0 <command> [args…]" >&2
    exit 2
fi

if [[ "${SNC_IN_TEST_KEYRING:-}" != 1 ]]; then
    for tool in dbus-run-session gnome-keyring-daemon dbus-send; do
        if ! command -v "$tool" >/dev/null; then
            echo "with-test-keyring: '$tool' not found; install: dbus gnome-keyring" >&2
            exit 1
        fi
    done
    script=$(readlink -f "$0")
    root=$(mktemp -d "${TMPDIR:-/tmp}/snc-test-keyring.XXXXXX")
    trap 'rm -rf "$root"' EXIT
    mkdir -m 700 "$root/home" "$root/data" "$root/config" "$root/cache" "$root/runtime"
    bus_config=()
    if [[ -n "${SNC_TEST_KEYRING_DENY:-}" ]]; then
        # Keychain "access denied" for tests: the bus itself refuses this Secret Service method
        # (e.g. the collection's CreateItem), as a sandbox or a D-Bus policy does, while the keyring stays up.
        cat >"$root/bus.conf" <<EOF
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <include>/usr/share/dbus-1/session.conf</include>
  <policy context="mandatory">
    <deny send_destination="org.freedesktop.secrets" send_interface="${SNC_TEST_KEYRING_DENY%.*}"
          send_member="${SNC_TEST_KEYRING_DENY##*.}"/>
  </policy>
</busconfig>
EOF
        bus_config=(--config-file="$root/bus.conf")
    fi
    set +e
    SNC_IN_TEST_KEYRING=1 SNC_KEYRING_ROOT="$root" SNC_REAL_HOME="${HOME:-}" \
        dbus-run-session "${bus_config[@]}" -- bash "$script" "$@"
    status=$?
    set -e
    exit "$status"
fi

# ---- inside the private D-Bus session --------------------------------------------------------
root=$SNC_KEYRING_ROOT
export HOME=$root/home XDG_DATA_HOME=$root/data XDG_CONFIG_HOME=$root/config \
    XDG_CACHE_HOME=$root/cache XDG_RUNTIME_DIR=$root/runtime
# Keep npm's download cache (tests install the official Node.js client into the build folder).
if [[ -n "${SNC_REAL_HOME:-}" && -z "${npm_config_cache:-}" ]]; then
    export npm_config_cache=$SNC_REAL_HOME/.npm
fi
# QtKeychain chooses KWallet on KDE desktops: make it use the Secret Service we start here.
unset XDG_CURRENT_DESKTOP DESKTOP_SESSION KDE_FULL_SESSION KDE_SESSION_VERSION \
    GNOME_DESKTOP_SESSION_ID GNOME_KEYRING_CONTROL SNC_IN_TEST_KEYRING SNC_KEYRING_ROOT SNC_REAL_HOME

# A fresh HOME has no keyring: --unlock creates the "login" collection with this (throwaway)
# password and unlocks it, then the daemon goes to the background and owns org.freedesktop.secrets.
printf '%s' "snc-throwaway-keyring" | gnome-keyring-daemon --unlock --components=secrets >/dev/null

bus_call() {
    dbus-send --session --print-reply=literal --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        "org.freedesktop.DBus.$1" "string:org.freedesktop.secrets" 2>/dev/null
}
for _ in $(seq 1 50); do
    [[ "$(bus_call NameHasOwner || true)" == *true* ]] && break
    sleep 0.1
done
keyring_pid=$(bus_call GetConnectionUnixProcessID | awk '{print $2}' || true)
if [[ -z "$keyring_pid" ]]; then
    echo "with-test-keyring: gnome-keyring-daemon did not provide org.freedesktop.secrets" >&2
    exit 1
fi
# Stop exactly the daemon started above (it would also exit with the bus, but not at once).
trap 'kill "$keyring_pid" 2>/dev/null || true' EXIT

if command -v secret-tool >/dev/null && [[ -z "${SNC_TEST_KEYRING_DENY:-}" ]]; then
    printf '%s' probe | secret-tool store --label=snc-probe snc-probe 1 \
        && [[ "$(secret-tool lookup snc-probe 1)" == probe ]] \
        && secret-tool clear snc-probe 1 \
        || { echo "with-test-keyring: the throwaway keyring does not work" >&2; exit 1; }
fi

set +e
"$@"
status=$?
set -e
exit "$status"
