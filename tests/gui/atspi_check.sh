#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# The real window under Xvfb, read through the real AT-SPI stack (at-spi2-core's bus and
# registry, pyatspi as the client a screen reader would be): its menus, its tools by name and
# the objects of a known drawing are there, and Tab and Delete on the canvas are heard
# (issue 19).
#   atspi_check.sh INKBOARD_BINARY
set -euo pipefail
bin="$1"
here="$(cd "$(dirname "$0")" && pwd)"
if [ "${INKBOARD_ATSPI_INNER:-}" != 1 ]; then
  for need in xvfb-run xdotool dbus-run-session /usr/libexec/at-spi-bus-launcher; do
    command -v "$need" >/dev/null || { echo "atspi_check: $need is missing (scripts/setup.sh installs it)" >&2; exit 1; }
  done
  /usr/bin/python3 -c 'import pyatspi' || { echo "atspi_check: python3-pyatspi is missing" >&2; exit 1; }
  export INKBOARD_ATSPI_INNER=1
  exec xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- bash "$0" "$bin"
fi

work="$(mktemp -d)"
export XDG_DATA_HOME="$work/data" # the desktop's recent files of this run, not the user's
cleanup() {
  kill "${app_pid:-}" "${bus_pid:-}" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# A drawing whose objects the tree must show, by the names a screen reader reads.
cat >"$work/known.inkboard" <<'JSON'
{"format": "inkboard", "version": 1, "drawing_id": "a11y-known", "title": "Accessibility",
 "objects": [
  {"id": "r1", "type": "rect", "props": {"x": 80, "y": 80, "w": 160, "h": 90, "z": "a1",
   "label": "Ship it"}},
  {"id": "e1", "type": "ellipse", "props": {"x": 320, "y": 80, "w": 120, "h": 90, "z": "a2"}},
  {"id": "t1", "type": "text", "props": {"x": 80, "y": 260, "text": "Deadline", "z": "a3"}}
 ], "blobs": {}}
JSON

/usr/libexec/at-spi-bus-launcher --launch-immediately &
bus_pid=$!
sleep 1
# Qt asks the session bus whether a screen reader runs; this says one does.
QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_QPA_PLATFORM=xcb \
  "$bin" --profile "$work/profile" "$work/known.inkboard" >"$work/app.log" 2>&1 &
app_pid=$!

if ! /usr/bin/python3 "$here/atspi_tree.py" inkboard "File,Edit,View" \
    "Select,Rectangle,Ellipse,Arrow,Text,Pen" \
    "Rectangle 'Ship it'|Ellipse|Text 'Deadline'" "Rectangle 'Ship it'"; then
  echo "--- app log" >&2
  cat "$work/app.log" >&2
  exit 1
fi
