#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Takes docs/screenshots/share-links.png: the Share dialog's Links section on the real
# inkboard-server under xvfb-run. Usage: tests/gui/share_links_screenshot.sh BUILD_DIR [OUT_DIR]
set -euo pipefail
build=${1:?build dir}
out=$(realpath -m "${2:-$(dirname "$0")/../../docs/screenshots}")
xvfb-run -a -s "-screen 0 1280x800x24" "$build/tests/gui/inkboard_share_links_screenshot" "$out"
