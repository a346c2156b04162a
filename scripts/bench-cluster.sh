#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Runs the several-nodes benchmark of docs/BENCHMARKS.md (issue 8): the same three loads of
# inkboard-loadgen against
#   - one node on its embedded SQLite store, no proxy (the reference),
#   - one node on PostgreSQL + Redis behind nginx, then the same node without nginx,
#   - three nodes on one PostgreSQL database + Redis behind nginx,
# all started here on loopback (free ports, one temporary folder) from the release build,
# and prints a Markdown table with the figures and the CPU of every process.
#
#   scripts/bench-cluster.sh           about 2.5 minutes after the build on the 2-core machine
#
# The loads: commits (50 writers over 50 drawings), latency (100 subscribers on one drawing),
# rooms (50 rooms, 400 edits/s offered per room, batched). The nginx config is the shipped
# packaging/nginx/inkboard.conf with its "# @inkboard-listen" and "# @inkboard-node" lines
# replaced, as tests/support/nginx_fixture.cpp does. PostgreSQL runs durable (fsync=on,
# synchronous_commit=on) as the postgres account when we are root; Redis keeps nothing.
#
# Environment: BUILD_DIR (default build/bench, RelWithDebInfo, no GUI), DURATION (measured
# seconds of commits and rooms, default 8; 2 s warm-up before), PROBES (latency probes,
# default 500), LOADGEN_THREADS (default 2), KEEP_TMP=1 keeps the temporary folder (logs,
# JSON results; it is kept anyway when the script fails).
# Exit status: 0 when every load ran without problems; 1 when a load reported problems (its
# row says which); 2 or more when something could not be started.
set -euo pipefail
cd "$(dirname "$0")/.."

case "${1:-}" in
  "") ;;
  -h|--help) sed -n '2,23p' "$0"; exit 0 ;;
  *) echo "bench-cluster: unknown argument $1" >&2; exit 2 ;;
esac

duration="${DURATION:-8}"
probes="${PROBES:-500}"
threads="${LOADGEN_THREADS:-2}"
build="${BUILD_DIR:-build/bench}"
repo="$(pwd)"

log() { echo "bench-cluster: $*" >&2; }
die() { log "$*"; exit 2; }

for tool in nginx redis-server redis-cli jq ss curl setpriv; do
  command -v "$tool" >/dev/null || [ -x "/usr/sbin/$tool" ] || die "$tool not found"
done
nginx_bin="$(command -v nginx || echo /usr/sbin/nginx)"
pg_bin=""
for d in $(printf '%s\n' /usr/lib/postgresql/*/bin | sort -t/ -k5 -rn); do
  if [ -x "$d/postgres" ] && [ -x "$d/initdb" ]; then pg_bin="$d"; break; fi
done
[ -n "$pg_bin" ] || die "PostgreSQL not found (/usr/lib/postgresql/*/bin)"

if [ ! -f "$build/build.ninja" ]; then
  cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DINKBOARD_BUILD_GUI=OFF \
    -DINKBOARD_WERROR=ON >/dev/null
fi
cmake --build "$build" --target inkboard-server inkboard-loadgen -j2 >/dev/null
loadgen="$repo/$build/tests/bench/loadgen/inkboard-loadgen"
server="$repo/$build/server/inkboard-server"

tmp="$(mktemp -d -t inkboard-cluster-XXXXXX)"
chmod 755 "$tmp" # nginx workers (nobody) and postgres read below it
results="$tmp/results.jsonl"
: >"$results"
bench_user=bench
bench_password=bench-password-1
admin_user=bench-admin
admin_password=bench-admin-password-1

# --- processes we started, stopped on exit -------------------------------------------------
pg_pid=""     # the background job (a subshell around setpriv/postgres)
pg_master=""  # the postmaster itself (postmaster.pid), parent of every backend
redis_pid=""
nginx_pid=""
node_pids=()

as_postgres() {
  if [ "$(id -u)" = 0 ]; then
    setpriv --reuid=postgres --regid=postgres --init-groups \
      env -i PATH=/usr/bin:/bin HOME="$tmp/pg" LC_ALL=C USER=postgres LOGNAME=postgres "$@"
  else
    env -u PGHOST -u PGPORT -u PGUSER -u PGDATABASE LC_ALL=C "$@"
  fi
}

# Waits up to $2 seconds for pid $1 to end; true when it did.
wait_gone() {
  local pid=$1 i
  for ((i = 0; i < $2 * 10; i++)); do
    kill -0 "$pid" 2>/dev/null || { wait "$pid" 2>/dev/null || true; return 0; }
    sleep 0.1
  done
  return 1
}

stop_pid() { # pid signal seconds
  [ -n "$1" ] || return 0
  kill -0 "$1" 2>/dev/null || return 0
  kill "-$2" "$1" 2>/dev/null || true
  wait_gone "$1" "$3" || { log "pid $1 ignored SIG$2, killing it"; kill -9 "$1" 2>/dev/null || true; }
}

stop_nodes_and_proxy() {
  stop_pid "$nginx_pid" TERM 10
  nginx_pid=""
  local p
  for p in "${node_pids[@]}"; do stop_pid "$p" TERM 30; done
  node_pids=()
}

cleanup() {
  local status=$?
  set +e
  stop_nodes_and_proxy
  stop_pid "$redis_pid" TERM 10
  if [ -n "$pg_pid" ] && kill -0 "$pg_pid" 2>/dev/null; then
    as_postgres "$pg_bin/pg_ctl" -D "$tmp/pg/data" -m fast -w -t 30 stop >/dev/null 2>&1 ||
      { [ -n "$pg_master" ] && kill -QUIT "$pg_master" 2>/dev/null; }
    wait_gone "$pg_pid" 30 || { [ -n "$pg_master" ] && kill -9 "$pg_master" 2>/dev/null; }
    wait_gone "$pg_pid" 5
  fi
  if [ "$status" -ne 0 ] || [ "${KEEP_TMP:-0}" = 1 ]; then
    log "kept $tmp (logs, results)"
  else
    rm -rf "$tmp"
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() {
  local p
  while :; do
    p=$((20000 + RANDOM % 40000))
    if [ -z "$(ss -Htan "( sport = :$p or dport = :$p )" 2>/dev/null)" ]; then
      echo "$p"
      return
    fi
  done
}

# --- PostgreSQL ------------------------------------------------------------------------------
start_postgres() {
  mkdir -p "$tmp/pg/sock"
  [ "$(id -u)" = 0 ] && chown -R postgres:postgres "$tmp/pg"
  as_postgres "$pg_bin/initdb" -D "$tmp/pg/data" -A trust -U inkboard -E UTF8 --locale=C --no-sync \
    >"$tmp/pg/initdb.log" 2>&1 || { cat "$tmp/pg/initdb.log" >&2; die "initdb failed"; }
  pg_port=$(free_port)
  as_postgres "$pg_bin/postgres" -D "$tmp/pg/data" -p "$pg_port" -k "$tmp/pg/sock" \
    -c listen_addresses=127.0.0.1 -c fsync=on -c synchronous_commit=on \
    -c full_page_writes=on -c max_connections=200 -c "log_line_prefix=%m [%p] " \
    >"$tmp/pg/postgres.log" 2>&1 </dev/null &
  pg_pid=$!
  local i
  for ((i = 0; i < 300; i++)); do
    kill -0 "$pg_pid" 2>/dev/null || { tail -20 "$tmp/pg/postgres.log" >&2; die "postgres exited"; }
    if "$pg_bin/pg_isready" -q -h 127.0.0.1 -p "$pg_port" -U inkboard -d postgres -t 2; then
      pg_master=$(head -1 "$tmp/pg/data/postmaster.pid")
      kill -0 "$pg_master" || die "no postmaster at pid $pg_master"
      return 0
    fi
    sleep 0.1
  done
  die "postgres did not accept connections within 30 s"
}

psql_admin() {
  "$pg_bin/psql" -X -q -A -t -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$pg_port" -U inkboard \
    -d postgres -c "$1"
}

# --- Redis -----------------------------------------------------------------------------------
start_redis() {
  mkdir -p "$tmp/redis"
  redis_port=$(free_port)
  redis-server --port "$redis_port" --bind 127.0.0.1 --save '' --appendonly no \
    --daemonize no --dir "$tmp/redis" --logfile '' >"$tmp/redis/redis.log" 2>&1 </dev/null &
  redis_pid=$!
  local i
  for ((i = 0; i < 150; i++)); do
    kill -0 "$redis_pid" 2>/dev/null || { cat "$tmp/redis/redis.log" >&2; die "redis exited"; }
    [ "$(redis-cli -h 127.0.0.1 -p "$redis_port" ping 2>/dev/null)" = PONG ] && return 0
    sleep 0.1
  done
  die "redis did not answer PING within 15 s"
}

# --- inkboard-server nodes -------------------------------------------------------------------
node_args=(--commits-per-second 0 --max-connections-per-ip 100000)
node_ports=()

# start_node NAME ARGS...: starts one node on 127.0.0.1:0 and waits for its "listening on".
start_node() {
  local name=$1 i port=""
  shift
  mkdir -p "$tmp/$name"
  "$server" --listen 127.0.0.1:0 --data "$tmp/$name/data" "${node_args[@]}" "$@" \
    >"$tmp/$name/stdout.log" 2>"$tmp/$name/stderr.log" </dev/null &
  local pid=$!
  node_pids+=("$pid")
  for ((i = 0; i < 300; i++)); do
    kill -0 "$pid" 2>/dev/null || { cat "$tmp/$name/stderr.log" >&2; die "$name exited"; }
    port=$(sed -n 's|^listening on http://127\.0\.0\.1:\([0-9]*\).*|\1|p' "$tmp/$name/stdout.log")
    [ -n "$port" ] && break
    sleep 0.1
  done
  [ -n "$port" ] || die "$name did not print its listening line within 30 s"
  node_ports+=("$port")
}

add_users() { # store flags...: the bench user and an admin that reads /metrics
  printf '%s\n' "$bench_password" |
    "$server" user add "$bench_user" --password-stdin "$@" >"$tmp/useradd.log" 2>&1 ||
    { cat "$tmp/useradd.log" >&2; die "user add $bench_user failed"; }
  printf '%s\n' "$admin_password" |
    "$server" user add "$admin_user" --role admin --password-stdin "$@" >"$tmp/useradd.log" 2>&1 ||
    { cat "$tmp/useradd.log" >&2; die "user add $admin_user failed"; }
}

admin_token=""
login_admin() { # base URL
  admin_token=$(curl -s --max-time 10 -X POST -H 'Content-Type: application/json' \
    -d "{\"username\":\"$admin_user\",\"password\":\"$admin_password\"}" \
    "$1/api/v1/auth/login" | jq -r '.token // empty')
  [ -n "$admin_token" ] || die "cannot log in as $admin_user at $1"
}

# --- nginx -----------------------------------------------------------------------------------
# The shipped site config with the marked lines rewritten (nginx_fixture.cpp's substitute()).
site_config() { # listen_port node_ports...
  local listen=$1
  shift
  awk -v listen="$listen" -v nodes="$*" '
    /^[ \t]*#/ { print; next }
    /@inkboard-listen/ {
      if (!match($0, /^[ \t]*listen[ \t]+[^;#]+;/)) { print "bad listen line" > "/dev/stderr"; exit 1 }
      indent = $0; sub(/[^ \t].*$/, "", indent)
      rest = substr($0, RLENGTH + 1)
      print indent "listen 127.0.0.1:" listen ";" rest; listens++; next
    }
    /@inkboard-node/ {
      if (!match($0, /^[ \t]*server[ \t]+[^ \t;#]+[^;#]*;/)) { print "bad node line" > "/dev/stderr"; exit 1 }
      if (seen++) next
      indent = $0; sub(/[^ \t].*$/, "", indent)
      head = substr($0, 1, RLENGTH - 1); rest = substr($0, RLENGTH + 1)
      sub(/^[ \t]*server[ \t]+[^ \t;#]+/, "", head)   # head: the parameters after the address
      n = split(nodes, port, " ")
      for (i = 1; i <= n; i++) print indent "server 127.0.0.1:" port[i] head ";" rest
      next
    }
    { print }
    END { if (listens != 1 || seen == 0) { print "markers missing" > "/dev/stderr"; exit 1 } }
  ' packaging/nginx/inkboard.conf
}

start_nginx() {
  local dir="$tmp/nginx" i user_line=""
  rm -rf "$dir"
  mkdir -p "$dir"
  nginx_port=$(free_port)
  site_config "$nginx_port" "${node_ports[@]}" >"$dir/inkboard.conf" || die "cannot substitute the nginx config"
  [ "$(id -u)" = 0 ] && user_line="user nobody $(id -gn nobody 2>/dev/null || echo nogroup);"
  # worker_processes auto (2 here) as Debian's own nginx.conf. Only answers that are not
  # 1xx/2xx/3xx are logged, so the log counts errors (429, 5xx) per load.
  cat >"$dir/nginx.conf" <<EOF
# Generated by scripts/bench-cluster.sh around the shipped packaging/nginx/inkboard.conf
daemon off;
master_process on;
worker_processes auto;
$user_line
pid "$dir/nginx.pid";
error_log "$dir/error.log" warn;
worker_shutdown_timeout 3s;
events { worker_connections 4096; }
http {
    map \$status \$inkboard_bench_loggable { ~^[123] 0; default 1; }
    log_format inkboard_bench '\$status \$request_method \$uri upstream_status=\$upstream_status';
    access_log "$dir/errors.log" inkboard_bench if=\$inkboard_bench_loggable;
    client_body_temp_path "$dir/body";
    proxy_temp_path "$dir/proxy";
    fastcgi_temp_path "$dir/fastcgi";
    uwsgi_temp_path "$dir/uwsgi";
    scgi_temp_path "$dir/scgi";
    include "$dir/inkboard.conf";
}
EOF
  "$nginx_bin" -t -q -p "$dir/" -c "$dir/nginx.conf" 2>"$dir/test.log" ||
    { cat "$dir/test.log" >&2; die "nginx -t rejects the config"; }
  "$nginx_bin" -p "$dir/" -c "$dir/nginx.conf" >"$dir/nginx.out" 2>&1 </dev/null &
  nginx_pid=$!
  for ((i = 0; i < 150; i++)); do
    kill -0 "$nginx_pid" 2>/dev/null || { cat "$dir/nginx.out" "$dir/error.log" >&2; die "nginx exited"; }
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$nginx_port/api/v1/info")" = 200 ] &&
      return 0
    sleep 0.1
  done
  die "nginx did not answer /api/v1/info within 15 s"
}

# --- CPU accounting --------------------------------------------------------------------------
hz=$(getconf CLK_TCK)

# CPU ticks of a process, its live children and its reaped children (postgres backends,
# nginx workers are children of their master).
tree_ticks() {
  local files=("/proc/$1/stat") p
  for p in $(ps -o pid= --ppid "$1" 2>/dev/null || true); do files+=("/proc/$p/stat"); done
  cat "${files[@]}" 2>/dev/null | sed 's/^.*) //' |
    awk 'NR == 1 {s += $14 + $15} {s += $12 + $13} END {print s + 0}' || true
}

# "busy total" jiffies of the whole machine (all cores).
machine_ticks() {
  awk '/^cpu / {t = 0; for (i = 2; i <= 9; i++) t += $i; print t - $5 - $6, t}' /proc/stat
}

# "pid comm ticks" of every process on the machine (kernel threads too), to name the other
# processes that used CPU during a load (another engineer's build or tests).
all_ticks() {
  cat /proc/[0-9]*/stat 2>/dev/null | awk '{
    l = index($0, "("); r = 0
    for (k = length($0); k > l; k--) if (substr($0, k, 1) == ")") { r = k; break }
    comm = substr($0, l + 1, r - l - 1); gsub(/[ |]/, "_", comm)
    split(substr($0, r + 2), f, " "); print $1, comm, f[12] + f[13]
  }' || true
}

# Our processes: the nodes, nginx, postgres and redis with their children.
our_pids() {
  local p
  for p in "${node_pids[@]}" $nginx_pid $pg_master $redis_pid; do
    echo "$p"
    ps -o pid= --ppid "$p" 2>/dev/null || true
  done | tr -d ' '
}

# The busiest other processes between two all_ticks files: "name cores, ..." (top 3).
other_top() { # before after ours wall
  awk -v hz="$hz" -v wall="$4" '
    FILENAME == ARGV[1] { ours[$1] = 1; next }
    FILENAME == ARGV[2] { before[$1] = $3; next }
    !($1 in ours) { d = $3 - before[$1]; if (d > 0) use[$2] += d }
    END { for (n in use) printf "%.2f %s\n", use[n] / hz / wall, n }
  ' "$3" "$1" "$2" | sort -rn | awk '$1 >= 0.03 {printf "%s%s %s", (n++ ? ", " : ""), $2, $1} END {print ""}' | head -c 200
}

# One line "name=ticks ..." for every process of the current setup.
sample_cpu() {
  local out="" i
  for i in "${!node_pids[@]}"; do out+="node$((i + 1))=$(tree_ticks "${node_pids[$i]}") "; done
  [ -n "$nginx_pid" ] && out+="nginx=$(tree_ticks "$nginx_pid") "
  [ -n "$use_pg" ] && out+="postgres=$(tree_ticks "$pg_master") redis=$(tree_ticks "$redis_pid") "
  echo "$out"
}

# Counters of every node's /metrics, summed: "commits transactions ops".
node_counters() {
  local port
  for port in "${node_ports[@]}"; do
    curl -s --max-time 5 -H "Authorization: Bearer $admin_token" "http://127.0.0.1:$port/metrics" ||
      true
  done |
    awk '$1 == "inkboard_commits_total" {c += $2} $1 == "inkboard_store_transactions_total" {t += $2}
         $1 == "inkboard_ops_total" {o += $2} END {printf "%d %d %d\n", c, t, o}'
}

# WAL bytes PostgreSQL has written so far (0 without PostgreSQL).
wal_bytes() {
  if [ -n "$use_pg" ]; then
    psql_admin "SELECT pg_current_wal_lsn() - '0/0'::pg_lsn" 2>/dev/null || echo 0
  else
    echo 0
  fi
}

# --- one load ----------------------------------------------------------------------------------
# run_load SETUP LOAD URL [--server-pid PID] LOADGEN-ARGS...
run_load() {
  local setup=$1 load=$2 url=$3
  shift 3
  local before after m0 m1 mt0 mt1 t0 t1 lg status=0 errs0=0 errs1=0 out="$tmp/$setup-$load.json"
  log "$setup: $load $*"
  [ -n "$nginx_pid" ] && errs0=$(wc -l <"$tmp/nginx/errors.log" 2>/dev/null || echo 0)
  local c0 c1 x0 x1 o0 o1 w0 w1
  read -r c0 x0 o0 < <(node_counters)
  w0=$(wal_bytes)
  all_ticks >"$tmp/ticks.before"
  before=$(sample_cpu)
  read -r m0 mt0 < <(machine_ticks)
  t0=$(date +%s%N)
  local TIMEFORMAT='%U %S'
  { time "$loadgen" "$load" "$@" --url "$url" --user "$bench_user" --password "$bench_password" \
      --source-addresses 16 --threads "$threads" --format json >"$out" 2>>"$tmp/loadgen.log" ||
      status=$?; } 2>"$tmp/time.out"
  t1=$(date +%s%N)
  read -r m1 mt1 < <(machine_ticks)
  after=$(sample_cpu)
  all_ticks >"$tmp/ticks.after"
  our_pids >"$tmp/ours"
  read -r c1 x1 o1 < <(node_counters)
  w1=$(wal_bytes)
  lg=$(awk '{print $1 + $2}' "$tmp/time.out")
  if [ -n "$nginx_pid" ]; then
    sleep 0.2
    errs1=$(wc -l <"$tmp/nginx/errors.log" 2>/dev/null || echo 0)
  fi
  if [ "$status" -gt 1 ] || [ ! -s "$out" ]; then
    log "inkboard-loadgen $load failed with $status (see $tmp/loadgen.log)"
    exit 3
  fi
  [ "$status" = 1 ] && problems=1
  # Cores = CPU seconds / wall seconds of the whole run (set-up, warm-up, measured window).
  local wall cpu_json others
  wall=$(awk -v a="$t0" -v b="$t1" 'BEGIN {print (b - a) / 1e9}')
  others=$(other_top "$tmp/ticks.before" "$tmp/ticks.after" "$tmp/ours" "$wall")
  cpu_json=$(awk -v before="$before" -v after="$after" -v wall="$wall" -v hz="$hz" \
    -v lg="$lg" -v m0="$m0" -v m1="$m1" -v mt0="$mt0" -v mt1="$mt1" -v cores="$(nproc)" '
    BEGIN {
      n = split(before, b, " "); for (i = 1; i <= n; i++) { split(b[i], kv, "="); B[kv[1]] = kv[2] }
      n = split(after, a, " "); printf "{"
      for (i = 1; i <= n; i++) {
        split(a[i], kv, "="); printf "\"%s\":%.3f,", kv[1], (kv[2] - B[kv[1]]) / hz / wall
      }
      printf "\"loadgen\":%.3f,\"machine\":%.3f,\"wall_s\":%.2f}", lg / wall,
        (m1 - m0) / (mt1 - mt0) * cores, wall
    }')
  jq -c --arg setup "$setup" --arg load "$load" --argjson cpu "$cpu_json" \
    --argjson nginx_errors "$((errs1 - errs0))" --arg others "$others" \
    --argjson store "{\"commits\":$((c1 - c0)),\"transactions\":$((x1 - x0)),\"ops\":$((o1 - o0)),\"wal_bytes\":$((w1 - w0)),\"wall_s\":$wall}" \
    '. + {setup: $setup, load: $load, process_cpu: $cpu, nginx_errors: $nginx_errors,
          store: $store, other_processes: $others}' \
    "$out" >>"$results"
}

run_three_loads() { # setup url [--server-pid PID]
  local setup=$1 url=$2
  shift 2
  run_load "$setup" commits "$url" "$@" --writers 50 --drawings 50 --duration "$duration" --warmup 2
  run_load "$setup" latency "$url" "$@" --subscribers 100 --commits "$probes" --gap-ms 5
  run_load "$setup" rooms "$url" "$@" --rooms 50 --edit-rate 400 --duration "$duration" --warmup 2
}

# --- the runs --------------------------------------------------------------------------------
problems=0
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
started="$(date -u +%FT%TZ)"
tree_state="$(git rev-parse --short HEAD)"
# Uncommitted edits in what the two binaries are built from.
dirty=$(git status --porcelain -- server sync/protocol sync/model tests/bench/loadgen 2>/dev/null | wc -l)
[ "$dirty" -gt 0 ] && tree_state+=" + $dirty uncommitted files in the server or loadgen sources"
log "$tree_state, $started, load: $load_before, tmp: $tmp"
# The floor under every durable figure: a small write + fdatasync on the same disk.
"$loadgen" disk --commits 1000 --data "$tmp" --format json >"$tmp/disk.json" ||
  die "inkboard-loadgen disk failed"

# Reference: one node on its embedded SQLite store (same disk, /tmp), no proxy.
use_pg=""
add_users --data "$tmp/sqlite/data"
start_node sqlite
login_admin "http://127.0.0.1:${node_ports[0]}"
run_three_loads "SQLite, 1 node" "http://127.0.0.1:${node_ports[0]}" --server-pid "${node_pids[0]}"
stop_nodes_and_proxy
node_ports=()

use_pg=1
start_postgres
start_redis
for n in 1 3; do
  db="bench_n$n"
  psql_admin "CREATE DATABASE $db" || die "CREATE DATABASE $db failed"
  db_url="postgresql://inkboard@127.0.0.1:$pg_port/$db"
  add_users --database "$db_url" --data "$tmp/useradd-data" # creates the schema, too
  for ((i = 1; i <= n; i++)); do
    start_node "pg$n-node$i" --database "$db_url" --redis "redis://127.0.0.1:$redis_port" \
      --node-id "node$i"
  done
  start_nginx
  login_admin "http://127.0.0.1:$nginx_port"
  if [ "$n" = 1 ]; then setup="PostgreSQL, 1 node, nginx"; else setup="PostgreSQL, $n nodes, nginx"; fi
  run_three_loads "$setup" "http://127.0.0.1:$nginx_port"
  if [ "$n" = 1 ]; then
    # The same node without nginx: separates the proxy's hop from PostgreSQL's cost.
    stop_pid "$nginx_pid" TERM 10
    nginx_pid=""
    run_three_loads "PostgreSQL, 1 node, direct" "http://127.0.0.1:${node_ports[0]}" \
      --server-pid "${node_pids[0]}"
  fi
  stop_nodes_and_proxy
  node_ports=()
done
load_after="$(cut -d' ' -f1-3 /proc/loadavg)"

# --- the table -------------------------------------------------------------------------------
disk_floor=$(jq -r '.rows[0].value' "$tmp/disk.json")
echo "Measured $started .. $(date -u +%FT%TZ) at $tree_state on $(nproc) cores" \
  "($(uname -r)); load average before: $load_before, after: $load_after;" \
  "PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') (fsync=on, synchronous_commit=on)," \
  "Redis $(redis-server --version | sed 's/.*v=\([^ ]*\).*/\1/'), nginx $("$nginx_bin" -v 2>&1 | sed 's|.*/||');" \
  "data in $(dirname "$tmp") (write + fdatasync p50 / p99: $disk_floor);" \
  "${duration} s measured after 2 s warm-up (commits, rooms), $probes probes (latency)."
echo
echo "| Setup | Load | Result | p50 / p99 | CPU, cores: nodes | postgres | redis | nginx | loadgen | other processes | machine (of $(nproc)) | errors |"
echo "|---|---|---|---|---|---|---|---|---|---|---|---|"
jq -r '
  def commas: tostring | if length > 3 then (.[:-3] | commas) + "," + .[-3:] else . end;
  def f0: round | commas;
  def fx($d): pow(10; $d) as $m | (. * $m | round) as $n
    | "\($n / $m | floor).\($n % $m | tostring | "000000"[0:($d - length)] + .)";
  def ms: (if . < 10 then fx(2) else fx(1) end) + " ms";
  def c2: if . == null then "" else fx(2) end;
  .process_cpu as $c
  | ([$c | to_entries[] | select(.key | startswith("node")) | .value]) as $nodes
  | (if ($nodes | length) > 1 then "\($nodes | add | c2) (\($nodes | map(c2) | join(" + ")))"
     else ($nodes[0] | c2) end) as $nodecpu
  | ([$c | to_entries[] | select(.key != "machine" and .key != "wall_s") | .value] | add) as $ours
  | ([$c.machine - $ours, 0] | max) as $other
  | (if .load == "commits" then
       ["\(.figures.commits_per_s | f0) commits/s",
        "POST \(.figures.post_latency.p50_ms | ms) / \(.figures.post_latency.p99_ms | ms)"]
     elif .load == "latency" then
       ["edit→visible, 100 subscribers (POST answered: p50 \(.figures.post_answer.p50_ms | ms))",
        "\(.figures.visible_all.p50_ms | ms) / \(.figures.visible_all.p99_ms | ms)"]
     else
       ["\(.figures.visible_edits_per_s | f0) visible edits/s (\(.figures.visible_commits_per_s | f0) commits/s)",
        "\(.figures.edit_to_visible.p50_ms | ms) / \(.figures.edit_to_visible.p99_ms | ms)"]
     end) as $r
  | ([(if .nginx_errors > 0 then "nginx logged \(.nginx_errors) non-2xx" else empty end),
      (.problems[]? | "PROBLEM: \(.)")] | join("; ")) as $errs
  | "| \(.setup) | \(.load) | \($r[0]) | \($r[1]) | \($nodecpu) | \($c.postgres | c2) | \($c.redis | c2) | \($c.nginx | c2) | \($c.loadgen | c2) | \($other | c2)\(if .other_processes != "" then " (\(.other_processes))" else "" end) | \($c.machine | c2) | \(if $errs == "" then "none" else $errs end) |"
' "$results"
echo
echo "Store work over each whole load run (the nodes' /metrics, PostgreSQL's WAL position):"
echo
echo "| Setup | Load | store transactions/s | commits per transaction | ops per transaction | WAL bytes per transaction |"
echo "|---|---|---|---|---|---|"
jq -r '
  def r1: . * 10 | round / 10 | tostring;
  .store as $s
  | (if $s.transactions > 0 then $s.transactions else 1 end) as $t
  | "| \(.setup) | \(.load) | \($s.transactions / $s.wall_s | round) | \($s.commits / $t | r1) | \($s.ops / $t | r1) | \(if $s.wal_bytes > 0 then ($s.wal_bytes / $t | round | tostring) else "" end) |"
' "$results"
echo
echo "Loads: commits = 50 writers over 50 drawings (one op per commit, one POST in flight each);"
echo "latency = one writer, 100 WebSocket subscribers on one drawing, time from the POST to the"
echo "last subscriber's frame; rooms = 50 drawings, one writer + one reader each, 400 edits/s"
echo "offered per room, batched (PROTOCOL.md §6). CPU: core-seconds per wall second over each"
echo "whole load run (set-up, warm-up and window), from /proc; machine = all processes (/proc/stat),"
echo "other processes = machine - the listed ones, with the busiest of them by name (kernel threads"
echo "such as the disk flush's, or anything else that ran)."
if [ "${KEEP_TMP:-0}" = 1 ]; then echo; echo "JSON results: $results"; fi

if [ "$problems" != 0 ]; then
  log "some loads reported problems (see the errors column)"
  exit 1
fi
