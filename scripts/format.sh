#!/usr/bin/env bash
# Applies .clang-format to every C++ source the project owns (what tests/style checks).
# The format is clang-format 14's (Debian 12); other major versions break lines differently.
set -euo pipefail
cd "$(dirname "$0")/.."
cf=$(command -v clang-format-14 || command -v clang-format)
find src ui app tests bench -name '*.cpp' -o -name '*.h' | grep -v '^tests/emulator/httpserver_api_stubs/' | xargs "$cf" -i
