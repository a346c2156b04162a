// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "commands/align.h"
#include "laser_trail.h"
#include "layer_painter.h"
#include "model/document.h"
#include "model/op.h"
#include "renderer.h"
#include "scene_index.h"
#include "snapping.h"
#include "style.h"
#include "style_mix.h"
#include "tool_kind.h"
#include "tool_styles.h"

#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QWidget>
#include <memory>
#include <optional>

class QMimeData;

namespace inkboard::canvas {

class BlobStore;
class CanvasClipboard;
class CanvasInput;
class EditHistory;
class TextEditor;
class Tool;

// Something drawn over the drawing in widget coordinates (remote cursors, peers' selections
// and previews): the canvas calls every overlay after the drawing and the local selection.
class CanvasOverlay
{
public:
    virtual ~CanvasOverlay() = default;
    virtual void paintOverlay(QPainter &painter, const QTransform &canvasToWidget) = 0;
};

// The infinite canvas. It reads a Document (the replica's visible state) and never changes
// it: gestures become ops, performed through the EditHistory it is given (and announced by
// opsRequested()) once each gesture ends, and the owner reports what changed through
// objectsChanged(). While a gesture runs, the objects it makes or moves are previews held here
// (and announced by previewChanged()).
class CanvasView : public QWidget
{
    Q_OBJECT
public:
    static constexpr double kMinZoom = 0.05;
    static constexpr double kMaxZoom = 40.0;
    static constexpr int kNudgeMergeId = 1;

    explicit CanvasView(QWidget *parent = nullptr);
    ~CanvasView() override;

    // The document to show (the caller keeps it alive); the index is rebuilt.
    void setDocument(const Document *document);
    const Document *document() const { return m_document; }
    const SceneIndex &scene() const { return m_scene; }
    const Renderer &renderer() const { return m_renderer; }

    void setBlobStore(BlobStore *blobs);
    BlobStore *blobStore() const { return m_blobs; }

    // Where the canvas performs its ops (records the undo step, submits to the target): set
    // once, so that an edit never leaves the canvas to come back. Without one, ops are only
    // announced through opsRequested().
    void setEditHistory(EditHistory *history);
    EditHistory *editHistory() const;

    ToolKind tool() const { return m_toolKind; }
    EraserMode eraserMode() const { return m_eraserMode; }
    Style style() const { return m_style; }
    // The style of new objects; with a selection, also restyles it (only the keys that differ,
    // and those of `force`: fields the selection holds mixed values of).
    void setStyle(const Style &style, StyleFields force = {});
    // Each drawing tool's own style (ToolStyles): the current tool's is style(); a change of
    // style goes to the current tool, to the tools that draw the selected objects, and with
    // neither (select, nothing selected) to every tool. Choosing a tool shows its style.
    Style styleOf(ToolKind tool) const;
    void setToolStyle(ToolKind tool, const Style &style);

    QSet<QString> selection() const { return m_selection; }
    void setSelection(const QSet<QString> &ids);
    // Selects the one object and brings it into view (centred, at the same zoom) when it is out
    // of it: what Tab does, and a screen reader's "activate".
    void selectAndReveal(const QString &id);
    // The selected objects that exist, in render order.
    QList<const SceneItem *> selectedItems() const;

    // View: widget = canvas * zoom + offset.
    double zoom() const { return m_zoom; }
    QPointF offset() const { return m_offset; }
    void setView(double zoom, QPointF offset);
    void zoomAbout(double factor, QPointF widgetAnchor);
    QTransform viewTransform() const;
    QPointF widgetToCanvas(QPointF p) const;
    QPointF canvasToWidget(QPointF p) const;
    QRectF visibleCanvasRect() const;

    bool gridVisible() const { return m_grid; }
    bool isReadOnly() const { return m_readOnly; }
    void addOverlay(CanvasOverlay *overlay);
    void removeOverlay(CanvasOverlay *overlay);

    // Clipboard (Inkboard JSON + PNG; images and text from other programs on paste).
    QMimeData *mimeDataForSelection() const;
    bool pasteMimeData(const QMimeData *mime, std::optional<QPointF> canvasAt = std::nullopt);
    // Stores the image bytes in the blob store and creates an image object centered there.
    bool insertImage(const QByteArray &bytes, QPointF canvasCenter, QString *error = nullptr);
    // An image file, centered at `canvasCenter` (the middle of the view when not given).
    bool insertImageFile(const QString &path, QString *error = nullptr,
                         std::optional<QPointF> canvasCenter = std::nullopt);

    // An Excalidraw or SVG file's objects pasted into the drawing (the middle of the view when
    // not given), as one undoable edit.
    bool importFile(const QString &path, QString *error = nullptr,
                    std::optional<QPointF> canvasCenter = std::nullopt);

    bool isEditingText() const;

    // Groups (PROTOCOL.md §2 `group`, `groups`): the groups the user is inside, outermost
    // first, entered by double-clicking; a click selects whole groups one level below them.
    QStringList enteredGroups() const { return m_entered; }
    void setEnteredGroups(const QStringList &groups);
    // What a click on `item` selects: every member of its group one level below the entered
    // groups, or the item alone. A click outside the entered groups leaves them first.
    QSet<QString> selectUnitOf(const SceneItem &item);
    QSet<QString> unitOf(const SceneItem &item) const;
    // Double-click on a selected group: into it, selecting what is under the pointer there.
    // False when the item is not in a group at this level.
    bool enterGroupOf(const SceneItem &item);
    // Escape inside a group: selects that group and leaves it. False at the top level.
    bool leaveGroup();

    // After a zoom gesture the sharp frame is painted in slices of a few milliseconds on the
    // event loop, showing the scaled drawing meanwhile; true while that is under way.
    bool isRefining() const { return m_layer.isRefining(); }
    // Ends the zoom gesture now (the pause timer does it otherwise) and starts refining.
    void finishZoomGesture();

    // The z key above (or below) every object, for new objects.
    QString zAbove() const;

    // The laser pointer (LaserTool): a trail that fades within a second, repainted while it
    // lasts; laserChanged() tells presence each time it changes (and once more when it is gone).
    void addLaserPoint(QPointF canvasPos);
    // Asks the app for a comment pinned there (commentRequested); comments are not ops.
    void requestComment(QPointF canvasPos);
    QList<LaserTrail::Point> laserTrail() const { return m_laser.aged(laserNow()); }
    // The clock trails are aged by (ms, monotonic), for peers' trails too.
    qint64 laserNow() const { return m_laserClock.elapsed(); }

    // For tools: the gesture's state made visible, and its result handed out.
    void setPreview(const QList<Object> &objects, const QSet<QString> &hidden = {});
    void clearPreview();
    const QHash<QString, Object> &previewObjects() const { return m_preview; }
    // The stored document, as commands and tools compare against it.
    const Document &visible() const;
    // The shape a connector end being drawn would bind to, outlined (empty: none).
    void setBindTarget(const QString &id);
    // Snapping of moves, resizes and drawing to other objects and the grid (Alt: not this
    // time): what a gesture snaps to, leaving out `moving` and connectors, and the guides
    // it shows meanwhile.
    bool isSnapping() const { return m_snapping; }
    // Pen-only mode: one finger pans instead of drawing (palm rejection). On by itself once a
    // pen is used; View → Pen Only sets it.
    bool isPenOnly() const { return m_penOnly; }
    bool hasCopiedStyle() const { return m_copiedStyle.has_value(); }
    SnapTargets snapTargets(const QSet<QString> &moving) const;
    void setSnapGuides(const QList<QLineF> &guides);
    void requestOps(const OpList &ops, const QString &label, int mergeId = -1);
    double hitTolerance() const { return 6 / m_zoom; }
    void setMarquee(const QRectF &canvasRect)
    {
        m_marquee = canvasRect;
        update();
    }
    void beginTextEdit(const QString &objectId, QPointF canvasPos);
    void commitTextEdit();
    // Enter: edits the one selected text, or the label of the one selected closed shape.
    // False when the selection is not that (or the canvas is read-only).
    bool editSelectedText();
    void setTemporaryCursor(const QCursor &cursor) { setCursor(cursor); }
    void restoreToolCursor();
    double pointerPressure() const;

public slots:
    void objectsChanged(const QSet<QString> &ids);
    // Choosing the eraser while it is the tool switches its mode.
    void setTool(inkboard::canvas::ToolKind tool);
    void setEraserMode(inkboard::canvas::EraserMode mode);
    void setGridVisible(bool visible);
    void setSnapping(bool on) { m_snapping = on; }
    void setPenOnly(bool on)
    {
        if (on == m_penOnly)
            return;
        m_penOnly = on;
        emit penOnlyChanged(on);
    }
    void setReadOnly(bool readOnly);
    void zoomIn();
    void zoomOut();
    void zoomReset();
    void zoomToFit();
    void zoomToSelection();
    void selectAll();
    void clearSelection();
    void deleteSelection();
    void duplicateSelection();
    void bringToFront();
    void sendToBack();
    void bringForward();
    // Copy style / paste style (Ctrl+Alt+C / V): the first selected object's style, then
    // on the selection as one undo step (and as the next objects' style).
    void copyStyle();
    void pasteStyle();
    // Selects the next (or previous) object in reading order and shows it.
    void cycleSelection(bool forward);
    void sendBackward();
    void align(inkboard::canvas::commands::Align how);
    void distribute(inkboard::canvas::commands::Axis axis);
    void toggleLock();
    // Ctrl+G / Ctrl+Shift+G: the selection into one group, or its groups dissolved, one undo
    // step each (a message says why when there is nothing to do).
    void groupSelection();
    void ungroupSelection();
    // The selected rects take this outline (a `shape` keyword), one undo step.
    void setShapeOfSelection(const QString &shape);
    void nudge(QPointF delta);
    void copy();
    void cut();
    void paste();

signals:
    // Every gesture's ops, just before they are performed (tests and observers).
    void opsRequested(const inkboard::OpList &ops, const QString &label, int mergeId);
    void selectionChanged();
    void toolChanged(inkboard::canvas::ToolKind tool);
    void eraserModeChanged(inkboard::canvas::EraserMode mode);
    void viewChanged();
    // The style of new objects, or the selected objects' style (an edit, a peer's too).
    void styleChanged();
    void penOnlyChanged(bool on);
    // Presence for collaboration: where the pointer is on the canvas, the uncommitted objects
    // of the gesture in progress (empty when none) and the text object being edited.
    void cursorMoved(QPointF canvasPos);
    void previewChanged(const QList<inkboard::Object> &objects);
    void editingChanged(const QString &objectId);
    void imageRequested(QPointF canvasCenter);
    void laserChanged();
    // The comment tool clicked at canvasPos: on the object `objectId` there (empty: none).
    void commentRequested(QPointF canvasPos, const QString &objectId);
    void message(const QString &text);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void tabletEvent(QTabletEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // The view and what is hidden (previews, the text being edited), for the drawing layer.
    LayerPainter::Frame layerFrame() const;
    void updatePalette();
    void fitRect(const QRectF &canvasRect, double maxZoom);
    void pruneSelection();
    // Delete's ops: the unlocked selection, with the connectors bound to it left unbound.
    OpList deleteOps() const;
    // Each object's box as drawn, for commands that line objects up.
    commands::BoundsOf sceneBounds() const;
    // What moves as one in align and distribute: a group one level below the entered ones.
    commands::UnitOf unitKey() const;

    const Document *m_document = nullptr;
    SceneIndex m_scene;
    Renderer m_renderer;
    BlobStore *m_blobs = nullptr;
    QPointer<EditHistory> m_history;
    Style m_style;
    ToolStyles m_toolStyles;

    ToolKind m_toolKind = ToolKind::Select;
    EraserMode m_eraserMode = EraserMode::Objects;
    std::unique_ptr<Tool> m_tool;
    std::unique_ptr<Tool> m_retiredTool; // the previous tool, possibly still on the stack
    QSet<QString> m_selection;
    QStringList m_entered; // the groups the user is inside, outermost first
    QHash<QString, Object> m_preview;
    QSet<QString> m_hidden;     // what the gesture in progress previews elsewhere
    QSet<QString> m_editHidden; // what the text editor covers: a text, or a shape's label
    QRectF m_marquee;
    QString m_bindTarget;
    std::optional<Style> m_copiedStyle;
    QList<QLineF> m_snapGuides;
    bool m_snapping = true;
    bool m_penOnly = false;
    QList<CanvasOverlay *> m_overlays;

    double m_zoom = 1.0;
    QPointF m_offset;
    bool m_grid = false;
    bool m_readOnly = false;
    bool m_fitPending = false;

    // A zoom gesture in progress shows the cached drawing scaled until it pauses.
    bool m_zooming = false;
    QTimer m_settleTimer;
    LaserTrail m_laser;
    QElapsedTimer m_laserClock;
    QTimer m_laserTimer;  // repaints (and prunes) while the trail lasts
    LayerPainter m_layer; // after the scene and the renderer it paints
    std::unique_ptr<CanvasClipboard> m_clipboard;
    QColor m_background;

    std::unique_ptr<CanvasInput> m_input;
    friend class CanvasInput; // hands events to the tool, ends a pending fit

    TextEditor *m_textEditor = nullptr; // a child
    friend class TextEditor;            // hides the text it edits, reads visible()
};

} // namespace inkboard::canvas
