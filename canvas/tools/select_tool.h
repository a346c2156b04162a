// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "connectors/binding.h"
#include "snapping.h"
#include "tools/selection_frame.h"
#include "tools/tool.h"

#include <QSet>
#include <optional>

namespace inkboard::canvas {

// Select, move (shift: along one axis), resize by the frame's handles (shift, and text or
// images at a corner: keeping the ratio), rotate (shift: by 15 degrees), marquee; a double
// click edits a text or a closed shape's label, or starts a new text. Clicks and the marquee
// take whole groups; a double-click enters the group under the pointer.
class SelectTool : public Tool
{
public:
    using Tool::Tool;

    void press(QPointF p, QMouseEvent *e) override;
    void move(QPointF p, QMouseEvent *e) override;
    void release(QPointF, QMouseEvent *) override;
    void doubleClick(QPointF p, QMouseEvent *) override;
    void hover(QPointF p) override;
    bool cancel() override;
    QCursor cursor() const override { return Qt::ArrowCursor; }

private:
    enum class Mode
    {
        None,
        Move,
        Resize,
        Rotate,
        MoveEnd,   // one end of a single selected connector: rebinds where it is dropped
        MoveLabel, // a selected connector's label, along its path
        Marquee
    };

    void captureOriginals(const QList<const SceneItem *> &items);
    void resizeTo(QPointF p, bool keepRatio, bool snap);
    void rotateTo(QPointF p, bool snap);
    void moveEndTo(QPointF p, bool bind);
    // The end of the one selected connector under the widget point, if any.
    std::optional<End> endAt(QPointF widgetPos) const;
    // What a marquee over `canvasRect` selects.
    QSet<QString> marqueeSelection(const QRectF &canvasRect) const;
    // Whether the point is on the label of the one selected connector.
    bool onConnectorLabel(QPointF canvasPos) const;

    Mode m_mode = Mode::None;
    Handle m_handle = Handle::None;
    End m_end = End::End;
    bool m_dragging = false;
    QPointF m_start;
    QPointF m_startWidget;
    SelectionFrame m_frame;
    QList<SceneItem> m_originals;
    QRectF m_movingBox;        // the originals' frames in canvas coordinates, for snapping
    SnapTargets m_snapTargets; // what they snap to, taken when the gesture starts
    QSet<QString> m_marqueeBase;
};

} // namespace inkboard::canvas
