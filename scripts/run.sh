#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Installs what is missing, builds the app and the server, starts inkboard-server on its
# embedded SQLite in a local data folder with a first user, and opens the app signed in (or
# says why it cannot and keeps the server serving).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --run
# Its own build folder without tests or benchmarks: only what runs is built.
build=build/app
if [ ! -f "$build/build.ninja" ]; then
  cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DINKBOARD_BUILD_TESTS=OFF \
    -DINKBOARD_BUILD_BENCHMARKS=OFF >/dev/null
fi
cmake --build "$build" --target inkboard inkboard-server
exec bash scripts/run-local.sh "$build"
