#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Builds the Debian and tar.gz packages of a configured build with cpack and checks them the way
# a fresh Debian 12 machine would meet them: the split packages `inkboard` and
# `inkboard-server` with Depends computed from the binaries, unpacked (`dpkg -x`) into a scratch
# root, the unpacked server answering --help, starting on 127.0.0.1:0 with a temporary data
# folder, taking a first admin user and serving GET /api/v1/healthz and a login, the unpacked app
# answering --help and starting offscreen, and the desktop files, AppStream metainfo, MIME type,
# icons, systemd unit and maintainer scripts validated. Each package carries Debian's
# copyright file (DEP-5), changelog.Debian.gz and a help2man manual page, and lintian reports
# no error and no warning on either .deb.
#
# Usage: scripts/package-test.sh BUILD_DIR       (a configured build, e.g. build/release)
# Exits non-zero when any check fails; prints a summary either way. KEEP=1 keeps the scratch
# folder (it is kept anyway when a check fails).
set -uo pipefail

build="${1:?usage: package-test.sh BUILD_DIR}"
build="$(cd "$build" 2>/dev/null && pwd)" || { echo "package-test: no such folder: $1" >&2; exit 2; }
if [ ! -f "$build/CPackConfig.cmake" ] || [ ! -d "$build/packaging" ]; then
  echo "package-test: $build is not a configured Inkboard build with packaging/" >&2
  exit 2
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/inkboard-package-test.XXXXXX")"
out="$work/packages"   # cpack's output
root="$work/root"      # the scratch root the .debs are unpacked into
logs="$work/logs"
mkdir -p "$out" "$root" "$logs"

passed=0
failed=0
results=()
n=0
server_pid=""
app_pid=""
cleanup() {
  for pid in "$server_pid" "$app_pid"; do
    [ -n "$pid" ] && kill -KILL "$pid" 2>/dev/null
  done
  if [ "$failed" -eq 0 ] && [ "${KEEP:-0}" != 1 ]; then
    rm -rf "$work"
  else
    echo "package-test: scratch folder kept: $work"
  fi
}
trap cleanup EXIT

# check NAME COMMAND...: runs COMMAND with its output in a log; records PASS or FAIL.
check() {
  local name="$1"
  shift
  n=$((n + 1))
  local log
  log="$logs/$(printf '%02d' "$n").log"
  if "$@" >"$log" 2>&1; then
    passed=$((passed + 1))
    results+=("PASS  $name")
    echo "ok    $name"
  else
    failed=$((failed + 1))
    results+=("FAIL  $name")
    echo "FAIL  $name"
    sed -e 's/^/      | /' "$log" | tail -n 25
  fi
}
# skip NAME WHY: a check that could not run because an earlier one failed counts as failed.
skip() {
  failed=$((failed + 1))
  results+=("FAIL  $1 (not run: $2)")
  echo "FAIL  $1 (not run: $2)"
}
summary() {
  echo
  echo "== package-test summary ($build) =="
  printf '%s\n' "${results[@]}"
  echo "package-test: $passed passed, $failed failed"
  [ "$failed" -eq 0 ]
}

# ---------------------------------------------------------------------------------------------
echo "== building what the packages hold"
check "build: app, server and icons" \
  cmake --build "$build" --target inkboard_package_inputs

echo "== cpack -G DEB;TGZ into $out"
check "cpack: DEB and TGZ packages" \
  bash -c 'cd "$1" && cpack -G "DEB;TGZ" -B "$2"' _ "$build" "$out"

app_deb="$(ls "$out"/inkboard_*.deb 2>/dev/null | head -n1)"
server_deb="$(ls "$out"/inkboard-server_*.deb 2>/dev/null | head -n1)"
app_tgz="$(ls "$out"/inkboard-[0-9]*.tar.gz 2>/dev/null | head -n1)"
server_tgz="$(ls "$out"/inkboard-server-[0-9]*.tar.gz 2>/dev/null | head -n1)"

deb_is() { # deb_is DEB PACKAGE: the package's name, and nothing else was made
  [ "$(dpkg-deb -f "$1" Package)" = "$2" ] || { echo "Package: $(dpkg-deb -f "$1" Package)"; return 1; }
  dpkg-deb -I "$1"
}
deb_depends() { # deb_depends DEB WANTED...: Depends holds each, so dpkg-shlibdeps ran
  local depends
  depends="$(dpkg-deb -f "$1" Depends)"
  echo "Depends: $depends"
  shift
  for want in "$@"; do
    grep -Eq "(^|, )$want( |,|$)" <<<"$depends" || { echo "missing in Depends: $want"; return 1; }
  done
}
only_split_packages() { # no third package (e.g. an "Unspecified" component) slipped in
  ls "$out"
  [ "$(ls "$out"/*.deb | wc -l)" -eq 2 ] && [ "$(ls "$out"/*.tar.gz | wc -l)" -eq 2 ]
}
tgz_has() { # tgz_has TGZ PATH...: the archive holds the same tree as the .deb
  local list
  list="$(tar -tzf "$1")" || return 1
  shift
  for p in "$@"; do
    grep -qx "$p" <<<"$list" || { echo "missing in archive: $p"; return 1; }
  done
}

if [ -n "$app_deb" ] && [ -n "$server_deb" ]; then
  check "deb: exactly two packages, inkboard and inkboard-server" only_split_packages
  check "deb: $(basename "$app_deb") is package inkboard" deb_is "$app_deb" inkboard
  check "deb: $(basename "$server_deb") is package inkboard-server" deb_is "$server_deb" inkboard-server
  check "deb: inkboard Depends (shlibdeps + Qt plugins)" deb_depends "$app_deb" \
    libc6 libstdc\\+\\+6 libqt6core6 libqt6gui6 libqt6widgets6 libqt6sql6-sqlite qt6-qpa-plugins
  check "deb: inkboard-server Depends (shlibdeps + SQLite driver)" deb_depends "$server_deb" \
    libc6 libstdc\\+\\+6 libqt6core6 libqt6network6 libqt6sql6 libqt6sql6-sqlite libhiredis0.14
  check "deb: inkboard-server does not depend on the GUI" \
    bash -c '! dpkg-deb -f "$1" Depends | grep -q "libqt6widgets6"' _ "$server_deb"
else
  skip "deb: the inkboard and inkboard-server packages" "cpack made no .deb"
fi
if [ -n "$app_tgz" ] && [ -n "$server_tgz" ]; then
  check "tgz: $(basename "$app_tgz")" tgz_has "$app_tgz" usr/bin/inkboard \
    usr/share/applications/inkboard.desktop
  check "tgz: $(basename "$server_tgz")" tgz_has "$server_tgz" usr/bin/inkboard-server \
    etc/inkboard/server.env usr/lib/systemd/system/inkboard-server.service
else
  skip "tgz: the two archives" "cpack made no .tar.gz"
fi

# ---------------------------------------------------------------------------------------------
echo "== unpacking into $root"
if [ -n "$app_deb" ] && [ -n "$server_deb" ]; then
  check "dpkg -x both packages" bash -c 'dpkg -x "$1" "$3" && dpkg -x "$2" "$3"' _ \
    "$app_deb" "$server_deb" "$root"
fi
server_bin="$root/usr/bin/inkboard-server"
app_bin="$root/usr/bin/inkboard"
desktop_id=inkboard                 # .desktop, icon and MIME package name
app_id=invalid.inkboard.Inkboard     # AppStream component id
share="$root/usr/share"

files_present() {
  local missing=0
  for f in "$@"; do
    [ -e "$root/$f" ] || { echo "missing: /$f"; missing=1; }
  done
  return "$missing"
}
check "files: app, desktop file, metainfo, MIME type, icons, docs" files_present \
  usr/bin/inkboard "usr/share/applications/$desktop_id.desktop" "usr/share/metainfo/$app_id.metainfo.xml" \
  "usr/share/mime/packages/$desktop_id.xml" "usr/share/icons/hicolor/scalable/apps/$desktop_id.svg" \
  usr/share/doc/inkboard/README.md
check "files: server, systemd unit, sysusers.d, config, SELF-HOSTING.md, SCALING.md, nginx" \
  files_present \
  usr/bin/inkboard-server usr/lib/systemd/system/inkboard-server.service \
  usr/lib/sysusers.d/inkboard-server.conf etc/inkboard/server.env \
  usr/share/doc/inkboard-server/SELF-HOSTING.md usr/share/doc/inkboard-server/SCALING.md \
  usr/share/doc/inkboard-server/examples/nginx/inkboard.conf

# ---------------------------------------------------------------------------------------------
echo "== Debian policy: copyright, changelog, manual pages, lintian"
debian_docs() { # debian_docs PACKAGE MANPAGE: what Debian wants in every package
  local doc="usr/share/doc/$1"
  files_present "$doc/copyright" "$doc/changelog.Debian.gz" "usr/share/man/$2.gz" \
    "usr/share/lintian/overrides/$1" || return 1
  # Machine-readable (DEP-5) copyright with the project's license.
  head -n1 "$root/$doc/copyright" |
    grep -qx 'Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/' ||
    { echo "copyright: not in the machine-readable format"; return 1; }
  grep -qx 'License: Apache-2.0' "$root/$doc/copyright" || { echo "no License: Apache-2.0"; return 1; }
  # The changelog's newest entry is this package's version, compressed with gzip -9n.
  local version
  version="$(dpkg-deb -f "$deb" Version)"
  zcat "$root/$doc/changelog.Debian.gz" | head -n1 | grep -q "^$1 ($version) " ||
    { echo "changelog: first line is not '$1 ($version) ...'"; return 1; }
  file "$root/$doc/changelog.Debian.gz" "$root/usr/share/man/$2.gz" | tee /dev/stderr |
    grep -v "max compression" | grep -q . && { echo "not gzip -9"; return 1; }
  # The manual page is help2man's rendering of the real --help, and man renders it cleanly.
  zcat "$root/usr/share/man/$2.gz" | grep -q 'generated by help2man' || { echo "not help2man"; return 1; }
  local warnings
  warnings="$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z \
    "$root/usr/share/man/$2.gz" 2>&1 >/dev/null)"
  [ -z "$warnings" ] || { echo "man --warnings: $warnings"; return 1; }
}
deb="$app_deb" check "debian: inkboard copyright (DEP-5, Apache-2.0), changelog, inkboard(1)" \
  debian_docs inkboard man1/inkboard.1
deb="$server_deb" check "debian: inkboard-server copyright, changelog, inkboard-server(8)" \
  debian_docs inkboard-server man8/inkboard-server.8
# 0 errors and 0 warnings; an override needs its reason in packaging/debian/*/lintian-overrides.
# Info tags (I:) are shown but do not fail.
if [ -n "$app_deb" ] && [ -n "$server_deb" ]; then
  check "lintian: 0 errors, 0 warnings on both .debs" \
    lintian --fail-on error,warning --display-info --tag-display-limit 0 "$app_deb" "$server_deb"
fi

icons_sized() { # every hicolor PNG is a PNG of the size its folder names
  local found=0
  for png in "$share"/icons/hicolor/*x*/apps/"$desktop_id".png; do
    [ -f "$png" ] || continue
    found=$((found + 1))
    local size
    size="$(basename "$(dirname "$(dirname "$png")")")" # e.g. 48x48
    file "$png" | grep -q "PNG image data, ${size/x/ x }," || { file "$png"; return 1; }
  done
  echo "$found PNG sizes"
  [ "$found" -ge 8 ]
}
check "icons: PNG sizes 16..512 rendered from the SVG" icons_sized

# ---------------------------------------------------------------------------------------------
echo "== the unpacked server"
if [ -x "$server_bin" ]; then
  check "inkboard-server --help" bash -c '"$1" --help | grep -q -- "--listen"' _ "$server_bin"

  data="$work/server-data"
  mkdir -p "$data"
  server_log="$logs/server.log"
  password="package-test-$RANDOM$RANDOM"
  first_user() {
    printf '%s\n' "$password" | "$server_bin" user add admin --role admin --password-stdin \
      --data "$data"
  }
  check "inkboard-server user add admin --role admin --password-stdin" first_user

  "$server_bin" --listen 127.0.0.1:0 --data "$data" >"$server_log" 2>&1 &
  server_pid=$!
  url=""
  wait_listening() {
    for _ in $(seq 1 200); do
      url="$(sed -n 's/^listening on //p' "$server_log" | head -n1)"
      [ -n "$url" ] && { echo "$url"; return 0; }
      kill -0 "$server_pid" 2>/dev/null || { cat "$server_log"; return 1; }
      sleep 0.1
    done
    cat "$server_log"
    return 1
  }
  check "inkboard-server --listen 127.0.0.1:0 prints 'listening on'" wait_listening
  url="$(sed -n 's/^listening on //p' "$server_log" | head -n1)"
  if [ -n "$url" ]; then
    check "GET $url/api/v1/healthz is 200 {\"status\":\"ok\"}" \
      bash -c 'curl -fsS --max-time 10 "$1/api/v1/healthz" | tee /dev/stderr | grep -Eq "\"status\": *\"ok\""' _ "$url"
    login() {
      curl -fsS --max-time 10 -H 'Content-Type: application/json' \
        -d "{\"username\":\"admin\",\"password\":\"$password\"}" "$url/api/v1/auth/login" |
        grep -q '"token"'
    }
    check "POST /api/v1/auth/login as the first admin" login
  else
    skip "GET /api/v1/healthz" "the server did not start"
  fi
  stop_server() {
    kill -TERM "$server_pid" || return 1
    local rc=0
    wait "$server_pid" || rc=$?
    server_pid=""
    echo "exit status $rc"
    [ "$rc" -eq 0 ]
  }
  check "inkboard-server exits 0 on SIGTERM" stop_server
else
  skip "the unpacked inkboard-server" "no $server_bin"
fi

# ---------------------------------------------------------------------------------------------
echo "== the unpacked app (offscreen)"
if [ -x "$app_bin" ]; then
  app_env=(env QT_QPA_PLATFORM=offscreen HOME="$work/home" XDG_CONFIG_HOME="$work/home/config"
    XDG_DATA_HOME="$work/home/data" XDG_CACHE_HOME="$work/home/cache"
    XDG_RUNTIME_DIR="$work/home/runtime" INKBOARD_PROFILE="$work/profile")
  mkdir -p "$work/home/runtime" && chmod 700 "$work/home/runtime"
  check "inkboard --help" bash -c '"${@:2}" "$1" --help | grep -qi "inkboard"' _ "$app_bin" "${app_env[@]}"
  # No quit-after flag in the app: start it, let it run its event loop for a few seconds, and
  # check it is still up and made its local store in the profile folder.
  smoke_start() {
    "${app_env[@]}" "$app_bin" >"$logs/app.log" 2>&1 &
    app_pid=$!
    sleep 4
    if ! kill -0 "$app_pid" 2>/dev/null; then
      wait "$app_pid"
      echo "the app exited early with status $?:"
      cat "$logs/app.log"
      app_pid=""
      return 1
    fi
    kill -TERM "$app_pid"
    wait "$app_pid" 2>/dev/null
    app_pid=""
    cat "$logs/app.log"
    find "$work/profile" -type f | grep -q . || { echo "no file in the profile folder"; return 1; }
  }
  check "inkboard starts offscreen, keeps running and makes its local store" smoke_start
else
  skip "the unpacked inkboard" "no $app_bin"
fi

# ---------------------------------------------------------------------------------------------
echo "== desktop integration and system files"
check "desktop-file-validate $desktop_id.desktop" \
  desktop-file-validate "$share/applications/$desktop_id.desktop"
check "appstreamcli validate --no-net $app_id.metainfo.xml" \
  appstreamcli validate --no-net "$share/metainfo/$app_id.metainfo.xml"
mime_compiles() { # the MIME package compiles and maps *.inkboard to application/x-inkboard
  local mime="$work/mime"
  mkdir -p "$mime/packages"
  cp "$share/mime/packages/$desktop_id.xml" "$mime/packages/"
  update-mime-database "$mime" || return 1
  grep -q ':application/x-inkboard:\*\.inkboard' "$mime/globs2" &&
    grep -q '^application/x-inkboard application/json' "$mime/subclasses"
}
check "MIME type application/x-inkboard for *.inkboard" mime_compiles
check "desktop file opens application/x-inkboard and inkboard:// share links" \
  grep -qx 'MimeType=application/x-inkboard;x-scheme-handler/inkboard;' \
  "$share/applications/$desktop_id.desktop"
check "desktop file passes a URL (%u: share links, and files as paths or file: URLs)" \
  grep -qx 'Exec=inkboard %u' "$share/applications/$desktop_id.desktop"

unit_verifies() { # systemd-analyze verify, with ExecStart pointing at the unpacked binary
  local unit="$work/unit/inkboard-server.service"
  mkdir -p "$work/unit"
  sed "s|^ExecStart=/usr/bin/inkboard-server|ExecStart=$server_bin|" \
    "$root/usr/lib/systemd/system/inkboard-server.service" >"$unit"
  systemd-analyze verify "$unit" || return 1
  # Exposure 2.0 at most on systemd's 0 (locked down) .. 10 (unprotected) scale.
  systemd-analyze security --offline=yes --threshold=20 "$unit" | tail -n 1
}
check "systemd unit verifies and is hardened (systemd-analyze)" unit_verifies
check "systemd unit: own user, StateDirectory, ProtectSystem=strict, NoNewPrivileges" \
  bash -c 'for k in User=inkboard-server StateDirectory=inkboard-server ProtectSystem=strict \
    NoNewPrivileges=yes PrivateTmp=yes EnvironmentFile=/etc/inkboard/server.env; do
    grep -qx "$k" "$1" || { echo "missing $k"; exit 1; }; done' _ \
  "$root/usr/lib/systemd/system/inkboard-server.service"
check "sysusers.d makes the inkboard-server user" \
  bash -c 'mkdir -p "$2/etc" && systemd-sysusers --dry-run --root="$2" "$1" 2>&1 |
    tee /dev/stderr | grep -q "Creating user .inkboard-server"' _ \
  "$root/usr/lib/sysusers.d/inkboard-server.conf" "$work/sysusers-root"
check "default config sets INKBOARD_LISTEN and INKBOARD_DATA" \
  bash -c 'grep -qx "INKBOARD_LISTEN=127.0.0.1:8080" "$1" &&
    grep -qx "INKBOARD_DATA=/var/lib/inkboard-server" "$1"' _ "$root/etc/inkboard/server.env"
maintainer_scripts() {
  local ctl="$work/control"
  dpkg-deb -e "$server_deb" "$ctl" || return 1
  for s in postinst prerm postrm; do
    [ -x "$ctl/$s" ] || { echo "no executable $s"; return 1; }
    sh -n "$ctl/$s" || return 1
  done
  grep -qx /etc/inkboard/server.env "$ctl/conffiles"
}
if [ -n "$server_deb" ]; then
  check "inkboard-server maintainer scripts and conffiles" maintainer_scripts
fi

summary
