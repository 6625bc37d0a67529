#!/usr/bin/env bash
# Installs the Debian packages in scripts/packages.txt that are missing (and Xvfb when asked
# for and there is no display). Idempotent: a second run installs nothing.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
want=$(grep -v '^\s*#' "$here/packages.txt" | awk 'NF {print $1}')
if [ "${1:-}" = "--with-display" ] && [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    want="$want xvfb xauth"
fi
missing=""
for pkg in $want; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing="$missing $pkg"
done
[ -z "$missing" ] && exit 0
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "Installing:$missing" >&2
$sudo apt-get update -q
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends $missing
