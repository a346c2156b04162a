#!/usr/bin/env bash
# Installs what is missing, builds, starts inkboard-server on its embedded SQLite in a local
# data folder, and opens the app (or says why it cannot and keeps the server serving).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cmake --preset release >/dev/null
cmake --build --preset release
build=build/release
if [ ! -x "$build/server/inkboard-server" ]; then
  echo "inkboard-server is not built yet (issue 3); nothing to start." >&2
  exit 1
fi
exec bash scripts/run-local.sh "$build"
