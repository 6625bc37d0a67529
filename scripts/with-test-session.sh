#!/usr/bin/env bash
# Runs a command with a private, throw-away desktop session: HOME and XDG dirs in a temporary
# folder, its own D-Bus session bus, and an unlocked gnome-keyring serving the Secret Service.
# Nothing a test does can touch the user's real keychain or data.
set -euo pipefail
if [ -z "${HILAL_IN_TEST_SESSION:-}" ]; then
    tmp=$(mktemp -d "${TMPDIR:-/tmp}/hilal-test-session.XXXXXX")
    trap 'rm -rf "$tmp"' EXIT
    mkdir -p "$tmp/home" "$tmp/config" "$tmp/data" "$tmp/cache" "$tmp/runtime"
    chmod 700 "$tmp/runtime"
    export HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/data" \
           XDG_CACHE_HOME="$tmp/cache" XDG_RUNTIME_DIR="$tmp/runtime" HILAL_IN_TEST_SESSION=1
    export QT_QPA_PLATFORM=offscreen QTWEBENGINE_DISABLE_SANDBOX=1 \
           QTWEBENGINE_CHROMIUM_FLAGS="--disable-gpu --no-sandbox"
    status=0
    dbus-run-session -- "$0" "$@" || status=$?
    exit $status
fi
# Inside the D-Bus session: start the keyring with a known password so the login collection
# exists and is unlocked.
eval "$(echo pass | gnome-keyring-daemon --unlock --daemonize --components=secrets)"
export GNOME_KEYRING_CONTROL
exec "$@"
