#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Installs what is missing, builds everything with warnings as errors, and runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
preset="${INKBOARD_PRESET:-release}"
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset"
ctest --preset "$preset" -j "$(nproc)" "$@"
# The packages: built from the same release tree, unpacked and smoke-run.
if [ "$preset" = release ]; then bash scripts/package-test.sh "build/$preset"; fi
