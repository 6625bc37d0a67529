#!/usr/bin/env bash
# Fails when a C++ source the project owns differs from what .clang-format makes of it.
# Usage: check_format.sh CLANG_FORMAT SOURCE_DIR
# The format is clang-format 14's (Debian 12's). Other major versions wrap lines differently, so
# with another version the check is skipped (exit 77) instead of failing on their taste.
set -uo pipefail
cf=$1
cd "$2" || exit 1
version=$("$cf" --version)
if [[ ! $version =~ version\ 14\. ]]; then
    echo "skipped: the format is defined by clang-format 14; found: $version"
    exit 77
fi
mapfile -t sources < <(find src ui app tests bench -name '*.cpp' -o -name '*.h' \
    | grep -v '^tests/emulator/httpserver_api_stubs/' | sort)
if ! errors=$("$cf" --dry-run --Werror "${sources[@]}" 2>&1); then
    echo "not formatted (scripts/format.sh applies .clang-format):"
    grep -o '^[^:]*:[0-9]*:[0-9]*: error: code should be clang-formatted' <<<"$errors" \
        | cut -d: -f1-2 | sort -u -t: -k1,1 | sed 's/^/  /'
    exit 1
fi
echo "${#sources[@]} files follow .clang-format"
