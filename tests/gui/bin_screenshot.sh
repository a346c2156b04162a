#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Takes docs/screenshots/bin.png: the real `inkboard` window with File → Drawings… open on the
# Bin tab, after two drawings were deleted, under xvfb-run, grabbed from the X server.
# Usage: tests/gui/bin_screenshot.sh BUILD_DIR [OUT.png]
set -euo pipefail
build=${1:?build dir}
out=$(realpath -m "${2:-$(dirname "$0")/../../docs/screenshots/bin.png}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$build/tests/gui/inkboard_screenshot_tool" flowchart "$work/plan.inkboard" -platform offscreen
"$build/tests/gui/inkboard_screenshot_tool" demo "$work/sketch.inkboard" -platform offscreen
mkdir -p "$work/profile"
cat > "$work/run.sh" <<INNER
set -e
"$build/app/inkboard" --profile "$work/profile" "$work/sketch.inkboard" &
app=\$!
sleep 4
kill \$app; wait \$app || true
"$build/app/inkboard" --profile "$work/profile" "$work/plan.inkboard" &
app=\$!
sleep 4
win=\$(xdotool search --sync --onlyvisible --name Inkboard | head -1)
xdotool windowfocus --sync "\$win" || true
# File → Drawings…: delete the sketch (it moves to the bin), then show the Bin tab. Without a
# window manager nothing gives a new window the focus: each is focused by its title.
focus() { xdotool windowfocus --sync "\$(xdotool search --sync --onlyvisible --name "\$1" | tail -1)" || true; }
xdotool key --clearmodifiers ctrl+o
sleep 1.5
focus '^Drawings\$'
xdotool key End
xdotool key alt+d
sleep 1
focus '^Delete drawing\$'
xdotool key Return
sleep 1
focus '^Drawings\$'
xdotool key alt+b
sleep 1
"$build/tests/gui/inkboard_screenshot_tool" grab "$out"
kill \$app
INNER
xvfb-run -a -s "-screen 0 1280x800x24" bash "$work/run.sh"
echo "wrote $out"
