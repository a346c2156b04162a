#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Takes docs/screenshots/context-menu.png: the real `inkboard` window under xvfb-run on the
# flow-chart demo, right-clicked on a shape with xdotool, its menu open.
# Usage: tests/gui/context_menu_screenshot.sh BUILD_DIR [OUT.png]
set -euo pipefail
build=${1:?build dir}
out=$(realpath -m "${2:-$(dirname "$0")/../../docs/screenshots/context-menu.png}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$build/tests/gui/inkboard_screenshot_tool" flowchart "$work/demo.inkboard" -platform offscreen
mkdir -p "$work/profile"
export XDG_DATA_HOME="$work/data"
cat > "$work/run.sh" <<INNER
set -e
"$build/app/inkboard" --profile "$work/profile" "$work/demo.inkboard" &
app=\$!
sleep 4
win=\$(xdotool search --sync --onlyvisible --class inkboard | head -n1)
xdotool windowactivate --sync "\$win" 2>/dev/null || true
eval \$(xdotool getwindowgeometry --shell "\$win")
# A point on the drawing's first shape: a third across, a third down the canvas.
xdotool mousemove \$((X + WIDTH * 30 / 100)) \$((Y + HEIGHT * 36 / 100)) click 3
sleep 1
"$build/tests/gui/inkboard_screenshot_tool" grab "$out"
kill \$app
INNER
xvfb-run -a -s "-screen 0 1280x800x24" bash "$work/run.sh"
echo "wrote $out"
