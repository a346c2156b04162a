#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Takes docs/screenshots/arranging.png: the real `inkboard` window under xvfb-run, a card being
# dragged into a row with xdotool (the button held while the X server is grabbed), so that the
# snapping guides show: the row's top and middle lines and the equal gaps.
# Usage: tests/gui/arrange_screenshot.sh BUILD_DIR [OUT.png]
set -euo pipefail
build=${1:?build dir}
out=$(realpath -m "${2:-$(dirname "$0")/../../docs/screenshots/arranging.png}")
tool="$build/tests/gui/inkboard_screenshot_tool"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$tool" arrange "$work/board.inkboard" -platform offscreen
mkdir -p "$work/profile"
printf '[General]\nappearance=light\n' > "$work/profile/settings.ini"
cat > "$work/run.sh" <<INNER
set -e
"$build/app/inkboard" --profile "$work/profile" "$work/board.inkboard" &
app=\$!
sleep 4
"$tool" grab "$work/before.png"
# The cards: Review (#e5dbff) in the row, Done (#c3fae8) below it (colours no swatch has); the
# zoom from their width.
read -r rx ry rw rh < <("$tool" find '#e5dbff' "$work/before.png")
read -r dx dy dw dh < <("$tool" find '#c3fae8' "$work/before.png")
# Done goes right of Review, a Review-to-In-progress gap (40 units) away, a few pixels off so
# that the snap is what lines it up.
zoom=\$(echo "\$rw / 180" | bc -l)
gx=\$(printf '%.0f' "\$(echo "\$dx + \$dw / 2" | bc -l)")
gy=\$(printf '%.0f' "\$(echo "\$dy + \$dh / 2" | bc -l)")
tx=\$(printf '%.0f' "\$(echo "\$rx + \$rw + 40 * \$zoom + \$dw / 2 + 3" | bc -l)")
ty=\$(printf '%.0f' "\$(echo "\$ry + \$rh / 2 - 2" | bc -l)")
xdotool mousemove "\$gx" "\$gy"
sleep 0.3
xdotool mousedown 1
for i in 1 2 3 4 5 6 7 8 9 10; do
  xdotool mousemove "\$(( gx + (tx - gx) * i / 10 ))" "\$(( gy + (ty - gy) * i / 10 ))"
  sleep 0.08
done
sleep 0.6
"$tool" grab "$out"
xdotool mouseup 1
kill \$app
INNER
xvfb-run -a -s "-screen 0 1280x800x24" bash "$work/run.sh"
echo "wrote $out"
