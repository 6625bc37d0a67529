#!/usr/bin/env bash
# Command 1 of the README: set up, build the release preset, start the app against its
# built-in local Salesforce org. Starts Xvfb only when there is no display at all.
#
# The demo runs inside a Secret Service of its own: a private D-Bus session bus
# (dbus-run-session) with an unlocked, throw-away gnome-keyring. So the demo bots' tokens never
# reach the user's keychain, and a machine without a session bus (a container, a bare X server)
# gets a working keychain instead of a raw "dbus-launch" error.
set -euo pipefail
cd "$(dirname "$0")/.."
# HILAL_DEMO_APP: an app built elsewhere (tests run the session part with a stand-in).
app=${HILAL_DEMO_APP:-build/release/app/gui/hilal-sf-admin}

if [ -z "${HILAL_IN_DEMO_SESSION:-}" ]; then
    if [ -z "${HILAL_DEMO_APP:-}" ]; then
        scripts/install-deps.sh --with-display
        cmake --preset release >/dev/null
        cmake --build --preset release -j "$(nproc)"
    fi
    for tool in dbus-run-session gnome-keyring-daemon; do
        if ! command -v "$tool" >/dev/null; then
            echo "The demo needs $tool (scripts/install-deps.sh installs it)." >&2
            exit 1
        fi
    done
    # The keyring's files go to a folder of the demo's, removed when it ends.
    tmp=$(mktemp -d "${TMPDIR:-/tmp}/hilal-demo.XXXXXX")
    trap 'rm -rf "$tmp"' EXIT
    mkdir -p "$tmp/data" "$tmp/control"
    chmod 700 "$tmp/control"
    status=0
    HILAL_IN_DEMO_SESSION=1 HILAL_DEMO_TMP="$tmp" XDG_DATA_HOME="$tmp/data" \
        dbus-run-session -- "$0" "$@" || status=$?
    exit $status
fi

# Inside the private bus: the keyring, unlocked with a throw-away password, serves the
# Secret Service the app's keychain library talks to. Its own output stays out of the terminal.
# (its control socket in the demo's folder: a desktop's own keyring keeps XDG_RUNTIME_DIR/keyring)
eval "$(echo demo | gnome-keyring-daemon --unlock --daemonize --components=secrets \
    --control-directory="$HILAL_DEMO_TMP/control" 2>/dev/null)"
export GNOME_KEYRING_CONTROL
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No display found: starting the demo under Xvfb (xvfb-run)." >&2
    exec xvfb-run -a -s "-screen 0 1400x900x24" "$app" --demo "$@"
fi
exec "$app" --demo "$@"
