#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Takes docs/screenshots/excalidraw-import.png: the real `inkboard` window, under xvfb-run, just
# after opening an Excalidraw drawing (tests/data/import/arrows.excalidraw: bound arrows, a
# label, an elbow; plus an embeddable and an iframe Inkboard cannot keep), with the message
# bar's summary of what was left out.
# Usage: tests/gui/import_screenshot.sh BUILD_DIR [OUT.png]
set -euo pipefail
build=${1:?build dir}
here="$(cd "$(dirname "$0")" && pwd)"
out=$(realpath -m "${2:-$here/../../docs/screenshots/excalidraw-import.png}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The arrows drawing with two of unsupported.excalidraw's elements added, as Excalidraw would
# save them side by side.
/usr/bin/python3 - "$here/../data/import" "$work/from-excalidraw.excalidraw" <<'PY'
import json, sys
src, out = sys.argv[1], sys.argv[2]
scene = json.load(open(src + "/arrows.excalidraw"))
extra = json.load(open(src + "/unsupported.excalidraw"))["elements"]
for e in extra:
    if e["type"] in ("embeddable", "iframe"):
        e["id"] = "x-" + e["id"]
        scene["elements"].append(e)
json.dump(scene, open(out, "w"))
PY
mkdir -p "$work/profile"
export XDG_DATA_HOME="$work/data"
cat > "$work/run.sh" <<INNER
set -e
"$build/app/inkboard" --profile "$work/profile" "$work/from-excalidraw.excalidraw" &
app=\$!
sleep 4
"$build/tests/gui/inkboard_screenshot_tool" grab "$out"
kill \$app
INNER
xvfb-run -a -s "-screen 0 1280x800x24" bash "$work/run.sh"
echo "wrote $out"
