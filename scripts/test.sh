#!/usr/bin/env bash
# Command 2 of the README: set up, build the dev preset, run every test in a private keychain
# session. Exits with ctest's code.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake --preset dev >/dev/null
cmake --build --preset dev -j "$(nproc)"
scripts/with-test-session.sh ctest --preset dev -j "$(nproc)" "$@"
