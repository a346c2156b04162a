// SPDX-License-Identifier: Apache-2.0
#pragma once

class QKeyEvent;

namespace inkboard::canvas {

class CanvasView;

// The canvas's single-key and standard shortcuts (delete, nudge, zoom, select all, clipboard,
// tools, Enter to edit the selected text or label): runs the command a key press names on the view.
// False when the key names none. Space (panning) and Escape (the tool's gesture first) stay with
// the view.
bool runKeyCommand(CanvasView &view, const QKeyEvent *event);

} // namespace inkboard::canvas
