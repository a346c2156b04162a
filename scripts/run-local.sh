#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Starts inkboard-server on its embedded SQLite in a local data folder (creating a first user
# on the first run) and opens the app signed in to it. Without a display it says so and keeps
# the server serving. Usage: scripts/run-local.sh BUILD_DIR
set -euo pipefail
build="${1:?usage: run-local.sh BUILD_DIR}"
server="$build/server/inkboard-server"
app="$build/app/inkboard"
data="${INKBOARD_DATA:-${XDG_DATA_HOME:-$HOME/.local/share}/inkboard-local/server}"
listen="${INKBOARD_LISTEN:-127.0.0.1:8080}"
mkdir -p "$data"
chmod 700 "$data"

credentials="$data/first-user.txt"
if [ ! -f "$credentials" ]; then
  password="$(head -c 18 /dev/urandom | base64 | tr -d '/+=' | head -c 20)"
  printf '%s\n' "$password" | "$server" user add admin --role admin --password-stdin --data "$data"
  umask 077
  printf 'user: admin\npassword: %s\n' "$password" > "$credentials"
fi
password="$(sed -n 's/^password: //p' "$credentials")"

log="$data/server.log"
"$server" --listen "$listen" --data "$data" > "$log" 2>&1 &
server_pid=$!
trap 'kill -TERM "$server_pid" 2>/dev/null; wait "$server_pid" 2>/dev/null || true' EXIT INT TERM
for _ in $(seq 1 100); do
  url="$(sed -n 's/^listening on //p' "$log" | head -n1)"
  [ -n "$url" ] && break
  if ! kill -0 "$server_pid" 2>/dev/null; then
    echo "inkboard-server did not start:" >&2
    cat "$log" >&2
    exit 1
  fi
  sleep 0.1
done
[ -n "${url:-}" ] || { echo "inkboard-server did not report its address:" >&2; cat "$log" >&2; exit 1; }

echo "inkboard-server is serving at $url (data: $data)"
echo "first user: admin, password in $credentials"

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "No display here (DISPLAY and WAYLAND_DISPLAY are unset), so the app cannot open a window."
  echo "The server keeps serving at $url; connect an Inkboard app to it. Ctrl-C stops it."
  wait "$server_pid"
  exit 0
fi
if [ ! -x "$app" ]; then
  echo "The app is not built in $build; the server keeps serving at $url. Ctrl-C stops it."
  wait "$server_pid"
  exit 0
fi
printf '%s\n' "$password" | "$app" --server "$url" --user admin --password-stdin
