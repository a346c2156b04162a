#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Takes docs/screenshots/history.png: the real `inkboard` window under xvfb-run on a team's
# drawing whose commit log the store holds (tests/gui/history_scene.cpp), the History panel
# opened with Ctrl+Shift+H and, with the keyboard, the drawing shown as it was a few
# revisions ago (the revision's objects outlined).
# Usage: tests/gui/history_screenshot.sh BUILD_DIR [OUT.png]
set -euo pipefail
build=${1:?build dir}
out=$(realpath -m "${2:-$(dirname "$0")/../../docs/screenshots/history.png}")
tool="$build/tests/gui/inkboard_screenshot_tool"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
id=$("$tool" history "$work/profile" -platform offscreen)
bob=$("$tool" color u-bob -platform offscreen)
printf '[General]\nappearance=light\n' > "$work/profile/settings.ini"
cat > "$work/run.sh" <<INNER
set -e
"$build/app/inkboard" --profile "$work/profile" "$id" &
app=\$!
sleep 4
# No window manager: a click on the canvas gives the window the keyboard.
xdotool mousemove 900 700 click 1
sleep 0.3
xdotool key ctrl+shift+h
sleep 1.5
"$tool" grab "$work/before.png"
# Bob's colour swatch in the newest row of his: click it, then step down the list.
read -r x y w h < <("$tool" find "$bob" "$work/before.png")
xdotool mousemove "\$(( x + w / 2 ))" "\$(( y + 4 ))" click 1
sleep 0.5
for i in 1 2 3 4 5 6; do xdotool key Down; sleep 0.2; done
sleep 1
"$tool" grab "$out"
kill \$app
INNER
xvfb-run -a -s "-screen 0 1280x800x24" bash "$work/run.sh"
echo "wrote $out"
