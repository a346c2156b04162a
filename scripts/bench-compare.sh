#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Before/after: runs the server benchmark set (quick sizes) and `bench_canvas --open`
# against two builds ALTERNATELY in one run (A, B, A, B, ...), so that the machine's drift
# and noise land on both sides alike, and prints every round of every figure side by side.
#
#   scripts/bench-compare.sh BEFORE_BUILD_DIR AFTER_BUILD_DIR [ROUNDS]
#
# Each build dir must hold server/inkboard-server; the AFTER dir's inkboard-loadgen drives
# both servers (the protocol is the same). bench_canvas is run from each dir when present
# (tests/bench/canvas/bench_canvas, a GUI build). ROUNDS defaults to 3.
# BEFORE_ARGS / AFTER_ARGS: extra server flags for one side only (e.g. a newer server's
# --server-arg=--max-sessions-per-user=0, a flag the older one would refuse).
set -euo pipefail
cd "$(dirname "$0")/.."
before="${1:?before build dir}"
after="${2:?after build dir}"
rounds="${3:-3}"
loadgen="$after/tests/bench/loadgen/inkboard-loadgen"
results="$(mktemp -t inkboard-compare-XXXXXX.jsonl)"
common=(--server-arg=--commits-per-second=0 --source-addresses 16 --threads 2 --format json)
dur=(--duration 3 --warmup 1)
scenarios=(
  "commits --writers 1 ${dur[*]}"
  "commits --writers 10 ${dur[*]}"
  "commits --writers 50 ${dur[*]}"
  "latency --subscribers 100 --commits 200 --gap-ms 5"
  "latency --subscribers 1000 --commits 200 --gap-ms 5"
  "rooms --rooms 50 ${dur[*]}"
  "idle --connections 1000 --drawings 100"
  "catchup --commits 2000 --repeat 5"
  "restart --commits 20000 --repeat 3 --seed-writers 50"
)
echo "bench-compare: $(date -u +%FT%TZ), load $(cut -d' ' -f1-3 /proc/loadavg), $rounds rounds" >&2
for s in "${scenarios[@]}"; do
  for r in $(seq "$rounds"); do
    for side in before after; do
      dir="$before"; extra="${BEFORE_ARGS:-}"
      [ "$side" = after ] && dir="$after" && extra="${AFTER_ARGS:-}"
      echo "bench-compare: $side round $r: $s" >&2
      # shellcheck disable=SC2086
      "$loadgen" $s --server-binary "$dir/server/inkboard-server" --label "$side" $extra \
        "${common[@]}" >>"$results" 2>>"$results.log" || [ $? -eq 1 ]
    done
  done
done
canvas_rows=()
for r in $(seq "$rounds"); do
  for side in before after; do
    dir="$before"; [ "$side" = after ] && dir="$after"
    bin="$dir/tests/bench/canvas/bench_canvas"
    [ -x "$bin" ] || continue
    line="$(QT_QPA_PLATFORM=offscreen "$bin" --open | grep '^| open' || true)"
    canvas_rows+=("$side|$line")
  done
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg); JSON: $results" >&2
python3 - "$results" "${canvas_rows[@]}" <<'PY'
import json, sys
from collections import OrderedDict
table = OrderedDict()
for line in open(sys.argv[1]):
    line = line.strip()
    if not line.startswith("{"):
        continue
    r = json.loads(line)
    side = r.get("params", {}).get("label", "?")
    for row in r.get("rows", []):
        key = row.get("metric", "?")
        value = row.get("value", "")
        if r.get("problems"):
            value += " (invalid)"
        table.setdefault(key, {"before": [], "after": []}).setdefault(side, []).append(value)
print("| metric | before (each round) | after (each round) |")
print("|---|---|---|")
for key, sides in table.items():
    print(f"| {key} | {' · '.join(sides.get('before', []))} | {' · '.join(sides.get('after', []))} |")
canvas = {"before": [], "after": []}
for item in sys.argv[2:]:
    side, _, line = item.partition("|")
    cells = [c.strip() for c in line.strip("|").split("|")]
    if len(cells) >= 4:
        canvas[side].append(f"{cells[1]} / {cells[2]} / {cells[3]}")
if canvas["before"] or canvas["after"]:
    print(f"| bench_canvas --open, 100,000 objects: load / index / first paint, ms | {' · '.join(canvas['before'])} | {' · '.join(canvas['after'])} |")
PY
