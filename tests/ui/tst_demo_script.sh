#!/usr/bin/env bash
# scripts/demo.sh runs the app inside a Secret Service of its own: with no session bus at all
# (DBUS_SESSION_BUS_ADDRESS unset, as in a container), a stand-in app finds a private bus with
# the Secret Service answering, and nothing on stderr mentions dbus-launch.
set -euo pipefail
demo=$1
work=$(mktemp -d "${TMPDIR:-/tmp}/tst_demo_script.XXXXXX")
trap 'rm -rf "$work"' EXIT
cat > "$work/app" <<'STUB'
#!/usr/bin/env bash
echo "args: $*"
echo "bus: ${DBUS_SESSION_BUS_ADDRESS:-none}"
if dbus-send --session --print-reply --dest=org.freedesktop.secrets /org/freedesktop/secrets \
       org.freedesktop.DBus.Properties.Get string:org.freedesktop.Secret.Service string:Collections >/dev/null; then
    echo "secrets: ok"
else
    echo "secrets: missing"
fi
STUB
chmod +x "$work/app"
status=0
env -u DBUS_SESSION_BUS_ADDRESS -u HILAL_IN_DEMO_SESSION DISPLAY="${DISPLAY:-:0}" HILAL_DEMO_APP="$work/app" \
    bash "$demo" >"$work/out" 2>"$work/err" || status=$?
cat "$work/out"
echo "--- stderr:"; cat "$work/err"
fail() { echo "FAIL: $*"; exit 1; }
[ "$status" -eq 0 ] || fail "demo.sh exited with $status"
grep -q '^args: --demo$' "$work/out" || fail "the app was not started with --demo"
grep -q '^bus: unix:' "$work/out" || fail "no private session bus"
grep -q '^secrets: ok$' "$work/out" || fail "no Secret Service on the demo's bus"
if grep -qi 'dbus-launch' "$work/err" "$work/out"; then fail "a dbus-launch error reached the user"; fi
echo PASS
