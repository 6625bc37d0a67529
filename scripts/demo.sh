#!/usr/bin/env bash
# Command 1 of the README: set up, build the release preset, start the app against its
# built-in local Salesforce org. Starts Xvfb only when there is no display at all.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --with-display
cmake --preset release >/dev/null
cmake --build --preset release -j "$(nproc)"
app=build/release/app/gui/hilal-sf-admin
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No display found: starting the demo under Xvfb (xvfb-run)." >&2
    exec xvfb-run -a -s "-screen 0 1400x900x24" "$app" --demo "$@"
fi
exec "$app" --demo "$@"
