#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Takes docs/screenshots/collaboration.png: two app windows of two collaborators on the real
# inkboard-server, side by side under xvfb-run (cursors, a selection, a live preview, who is
# here and the sync state), then meeting.png (the laser pointer, the people panel),
# comments.png (a comment thread on the circle, open in both windows) and following.png (Bob
# follows Alice, who points at the circle with the laser, the thread open).
# Usage: tests/gui/collab_screenshot.sh BUILD_DIR [OUT_DIR]
set -euo pipefail
build=${1:?build dir}
out=$(realpath -m "${2:-$(dirname "$0")/../../docs/screenshots}")
xvfb-run -a -s "-screen 0 1600x900x24" "$build/tests/gui/inkboard_collab_screenshot" "$out"
