#!/usr/bin/env bash
# The asan preset's suite (AddressSanitizer + UBSan, leaks included): build, then every test but
# the package check (label `packaging`: a .deb of sanitizer-linked binaries is not what a user
# installs). The only suppressions are third-party libraries', in tests/sanitizers/lsan.supp.
# Exits with ctest's code. `.ci/run` runs it first when HILAL_CI_ASAN=1.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake --preset asan >/dev/null
cmake --build --preset asan -j "$(nproc)"
scripts/with-test-session.sh ctest --preset asan -j "$(nproc)" "$@"
