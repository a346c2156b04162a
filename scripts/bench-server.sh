#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Runs the server benchmark set of docs/BENCHMARKS.md (issues 3 and 4) with inkboard-loadgen
# against freshly started release-build servers (one per scenario, each on a new temporary
# data folder, 127.0.0.1:0) and prints a Markdown table.
#
#   scripts/bench-server.sh            the full set (about 10 minutes on the 2-core machine)
#   scripts/bench-server.sh --quick    shorter runs, smaller numbers (about 2 minutes)
#   scripts/bench-server.sh --anchor   also y-websocket 1.5.4 side by side (needs node and npm;
#                                      tests/bench/loadgen/ywebsocket, npm ci on first use)
#   scripts/bench-server.sh --tmpfs    the server's data folder on /dev/shm: fsync costs nothing
#                                      there, so this shows what the CPU allows; it is NOT a
#                                      durable figure and is labelled so
#
# Environment: BUILD_DIR (default build/bench, RelWithDebInfo, no GUI), RESULTS (a file to
# keep the JSON results in), LOADGEN_THREADS (generator worker threads, default 2).
# The generator shares the machine's cores with the server: every row says how much CPU
# each used, so a run where the generator was the limit can be told apart.
set -euo pipefail
cd "$(dirname "$0")/.."

quick=0
tmpfs=0
anchor=0
for arg in "$@"; do
  case "$arg" in
    --quick) quick=1 ;;
    --tmpfs) tmpfs=1 ;;
    --anchor) anchor=1 ;;
    -h|--help) sed -n '2,18p' "$0"; exit 0 ;;
    *) echo "bench-server: unknown argument $arg" >&2; exit 2 ;;
  esac
done

build="${BUILD_DIR:-build/bench}"
if [ ! -f "$build/build.ninja" ]; then
  cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DINKBOARD_BUILD_GUI=OFF \
    -DINKBOARD_WERROR=ON >/dev/null
fi
cmake --build "$build" --target inkboard-server inkboard-loadgen -j2 >/dev/null
loadgen="$build/tests/bench/loadgen/inkboard-loadgen"
server="$build/server/inkboard-server"

results="${RESULTS:-$(mktemp -t inkboard-bench-XXXXXX.jsonl)}"
: >"$results"
if [ "$tmpfs" = 1 ]; then
  export TMPDIR=/dev/shm
fi

# Benchmarks measure the server's speed, not its abuse limits: the commit rate limit is off
# (PROTOCOL.md lets a server set it) and clients come from 16 loopback addresses so that the
# per-address connection cap (512 by default) is not what a 1,000-subscriber run measures.
# One user holds every WebSocket of a run (5,000 in `idle`): the session caps per user and
# per drawing are off too.
common=(--server-binary "$server" --server-arg=--commits-per-second=0 --source-addresses 16
        --server-arg=--max-sessions-per-user=0 --server-arg=--max-sessions-per-drawing=0
        --threads "${LOADGEN_THREADS:-2}" --format json)
[ "$tmpfs" = 1 ] && common+=(--label tmpfs-not-durable)

run() {
  local status=0
  echo "bench-server: $*" >&2
  "$loadgen" "$@" "${common[@]}" >>"$results" 2>>"$results.log" || status=$?
  # Exit 1 is a run with problems: its row says so. Anything else is the tool failing.
  if [ "$status" -gt 1 ]; then
    echo "bench-server: inkboard-loadgen $1 failed with $status (see $results.log)" >&2
    exit "$status"
  fi
}

if [ "$quick" = 1 ]; then
  dur=(--duration 3 --warmup 1); probes=200; catchup=2000; restart=20000; idle=1000
else
  dur=(--duration 10 --warmup 2); probes=1000; catchup=10000; restart=100000; idle=5000
fi

load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
echo "bench-server: $(git rev-parse --short HEAD), $(date -u +%FT%TZ), load: $load_before" >&2
"$loadgen" disk --commits 1000 --format json ${TMPDIR:+--data "$TMPDIR"} >>"$results"
run commits --writers 1 "${dur[@]}"
run commits --writers 10 "${dur[@]}"
run commits --writers 50 "${dur[@]}"
run commits --writers 50 --drawings 50 "${dur[@]}"
for n in 10 100 500 1000; do
  run latency --subscribers "$n" --commits "$probes" --gap-ms 5
done
run rooms --rooms 50 "${dur[@]}"
run rooms --rooms 50 --edit-rate 400 "${dur[@]}"
run idle --connections "$idle" --drawings 100
run catchup --commits "$catchup" --repeat 5
run restart --commits "$restart" --repeat 3 --seed-writers 50

if [ "$anchor" = 1 ]; then
  anchor_dir=tests/bench/loadgen/ywebsocket
  [ -d "$anchor_dir/node_modules" ] || (cd "$anchor_dir" && npm ci --no-audit --no-fund >/dev/null)
  for n in 10 100 500 1000; do
    echo "bench-server: y-websocket latency $n" >&2
    node "$anchor_dir/yws-bench.cjs" latency "$n" "$probes" >>"$results" || echo "bench-server: y-websocket latency $n failed" >&2
  done
  echo "bench-server: y-websocket rooms 50" >&2
  node "$anchor_dir/yws-bench.cjs" rooms 50 "${dur[1]}" >>"$results" || echo "bench-server: y-websocket rooms failed" >&2
  echo "bench-server: y-websocket idle $idle" >&2
  node "$anchor_dir/yws-bench.cjs" idle "$idle" >>"$results" || echo "bench-server: y-websocket idle failed" >&2
fi

echo "Measured $(date -u +%F) at $(git rev-parse --short HEAD) on $(nproc) cores ($(uname -r))," \
  "load before: $load_before; data folder: ${TMPDIR:-/tmp}" \
  "$([ "$tmpfs" = 1 ] && echo '(tmpfs: NOT durable)')."
echo
"$loadgen" report "$results"
echo
echo "JSON results: $results"
