#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Installs the system packages Inkboard needs on Debian 12. Non-interactive and idempotent:
# quiet and quick when everything is already there.
#
#   scripts/setup.sh          everything: build, run and test (unit, integration, gui, packages)
#   scripts/setup.sh --run    only what building and running the app and the server need
set -euo pipefail

# Building and running the app and inkboard-server.
RUN_PACKAGES=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-websockets-dev qt6-svg-dev qt6-image-formats-plugins
  libqt6sql6-sqlite libqt6sql6-psql libgl-dev
  libsodium-dev libhiredis-dev libhttp-parser-dev libwslay-dev
  fonts-dejavu-core
  # The UI's translations: lupdate and lrelease, CMake's Qt6LinguistTools package (which only
  # qt6-tools-dev ships in Debian 12), and Qt's own (qtbase_de.qm: a dialog's "Cancel").
  qt6-l10n-tools qt6-tools-dev qt6-translations-l10n
)
# The tests, benchmarks and package checks on top.
TEST_PACKAGES=(
  git clang clang-format libclang-rt-14-dev
  libgtest-dev libbenchmark-dev
  xvfb xauth xfonts-base
  # The accessibility test reads the real window through AT-SPI (tests/gui/atspi_check.sh).
  at-spi2-core python3-pyatspi dbus xdotool
  # Node's `ws` as a WebSocket client of the server (tests/integration/server/tst_server_ws_node).
  nodejs node-ws
  # Real services for the scale-out tests (tests/support/{pg,redis,nginx}_fixture): psql,
  # pg_isready and initdb come with postgresql (postgresql-client-NN), redis-cli with
  # redis-tools; nginx-light is nginx (with the upstream hash module) plus the echo module.
  postgresql redis-server redis-tools nginx-light
  dpkg-dev file appstream desktop-file-utils shared-mime-info systemd curl
  # The .debs: help2man makes the manual pages from --help at build time, lintian checks them.
  help2man lintian
)
# Services Debian starts when it installs them; the tests start their own instances.
SERVICES=(postgresql redis-server nginx)

PACKAGES=("${RUN_PACKAGES[@]}")
if [ "${1:-}" != "--run" ]; then
  PACKAGES+=("${TEST_PACKAGES[@]}")
fi

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null | grep -qx installed; then
    missing+=("$p")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "setup: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
# Refresh the package lists when they are missing or older than a day.
if [ -z "$(find /var/lib/apt/lists -maxdepth 1 -name '*Packages*' -mmin -1440 2>/dev/null | head -n1)" ]; then
  $SUDO apt-get update -qq
fi
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
# Stop only the services installed just now (Debian starts them); one the machine already
# ran before is the user's and stays as it was.
for svc in "${SERVICES[@]}"; do
  pkg="$svc"
  [ "$svc" = nginx ] && pkg=nginx-light
  case " ${missing[*]} " in *" $pkg "*) ;; *) continue ;; esac
  if command -v systemctl >/dev/null 2>&1 && systemctl is-active --quiet "$svc" 2>/dev/null; then
    $SUDO systemctl stop "$svc" >/dev/null 2>&1 || true
  fi
done
