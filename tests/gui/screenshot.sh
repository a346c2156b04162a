#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Takes docs/screenshots/app-window.png: the real `inkboard` window on a demo drawing, under
# xvfb-run, grabbed from the X server.
# Usage: tests/gui/screenshot.sh BUILD_DIR [OUT.png] [light|dark] [demo|flowchart]
set -euo pipefail
build=${1:?build dir}
out=$(realpath -m "${2:-$(dirname "$0")/../../docs/screenshots/app-window.png}")
appearance=${3:-light}
scene=${4:-demo}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$build/tests/gui/inkboard_screenshot_tool" "$scene" "$work/demo.inkboard" -platform offscreen
mkdir -p "$work/profile"
printf '[General]\nappearance=%s\n' "$appearance" > "$work/profile/settings.ini"
cat > "$work/run.sh" <<INNER
set -e
"$build/app/inkboard" --profile "$work/profile" "$work/demo.inkboard" &
app=\$!
sleep 4
"$build/tests/gui/inkboard_screenshot_tool" grab "$out"
kill \$app
INNER
xvfb-run -a -s "-screen 0 1280x800x24" bash "$work/run.sh"
echo "wrote $out"
