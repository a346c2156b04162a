// SPDX-License-Identifier: Apache-2.0
#include "canvas_view.h"

#include "accessibility/canvas_accessible.h"
#include "canvas_clipboard.h"
#include "canvas_input.h"
#include "commands/connector_edits.h"
#include "commands/delete.h"
#include "commands/duplicate.h"
#include "commands/lock.h"
#include "commands/nudge.h"
#include "commands/reading_order.h"
#include "commands/restyle.h"
#include "commands/set_shape.h"
#include "commands/z_order.h"
#include "connectors/binding.h"
#include "edit_history.h"
#include "model/z_order.h"
#include "palette_contrast.h"
#include "selection_painter.h"
#include "text_editor.h"
#include "tools/tool.h"

#include <QPainter>
#include <cmath>

namespace inkboard::canvas {

CanvasView::CanvasView(QWidget *parent)
    : QWidget(parent),
      m_layer(
          m_scene, m_renderer, [this] { return layerFrame(); }, [this] { update(); }),
      m_clipboard(std::make_unique<CanvasClipboard>(*this)),
      m_input(std::make_unique<CanvasInput>(*this))
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAttribute(Qt::WA_AcceptTouchEvents, true); // touch_gestures: pan, pinch, draw
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAcceptDrops(true);
    setMinimumSize(200, 150);
    m_renderer.setDetailThreshold(2.5);
    m_settleTimer.setSingleShot(true);
    m_settleTimer.setInterval(120);
    connect(&m_settleTimer, &QTimer::timeout, this, &CanvasView::finishZoomGesture);
    m_laserClock.start();
    m_laserTimer.setInterval(16);
    connect(&m_laserTimer, &QTimer::timeout, this, [this] {
        m_laser.prune(laserNow());
        if (m_laser.isEmpty())
            m_laserTimer.stop();
        update();
        emit laserChanged();
    });
    m_textEditor = new TextEditor(*this);
    m_tool = makeTool(m_toolKind, *this);
    restoreToolCursor();
    updatePalette();
    installCanvasAccessibility();
    connect(this, &CanvasView::selectionChanged, this, [this] { announceSelectionChanged(this); });
}

CanvasView::~CanvasView() = default;

const Document &CanvasView::visible() const
{
    // Without a drawing the commands see an empty one and make no ops.
    static const Document kEmpty;
    return m_document ? *m_document : kEmpty;
}

void CanvasView::setDocument(const Document *document)
{
    m_textEditor->discard();
    m_layer.cancelRefine();
    m_document = document;
    m_preview.clear();
    m_hidden.clear();
    m_editHidden.clear();
    m_selection.clear();
    m_entered.clear();
    if (m_document)
        m_scene.reset(*m_document);
    else
        m_scene.reset(Document());
    m_layer.invalidate();
    announceObjectsChanged(this, {});
    emit selectionChanged();
    update();
}

void CanvasView::setBlobStore(BlobStore *blobs)
{
    m_blobs = blobs;
    m_renderer.setBlobStore(blobs);
    m_layer.invalidate();
    update();
}

void CanvasView::setEditHistory(EditHistory *history)
{
    m_history = history;
}

EditHistory *CanvasView::editHistory() const
{
    return m_history;
}

void CanvasView::objectsChanged(const QSet<QString> &ids)
{
    if (!m_document)
        return;
    m_layer.cancelRefine(); // its items point into the scene
    // Where the changed objects were and are now: only that part of the cached drawing is
    // painted again (when the cache shows the current view; else it is painted anew).
    const bool layerCurrent = m_layer.showsView(m_zoom, m_offset);
    // Connectors bound to a changed shape move with it.
    QRegion dirty;
    if (layerCurrent)
        dirty += m_layer.areaOf(m_scene.withDependents(ids), viewTransform());
    m_scene.update(*m_document, ids);
    if (layerCurrent) {
        dirty += m_layer.areaOf(m_scene.withDependents(ids), viewTransform());
        m_layer.addDirty(dirty & rect());
    } else {
        m_layer.invalidate();
    }
    pruneSelection();
    // The selection's style changed (an edit here or a peer's): the style panel shows it.
    const QSet<QString> &fewer = ids.size() < m_selection.size() ? ids : m_selection;
    const QSet<QString> &more = ids.size() < m_selection.size() ? m_selection : ids;
    if (std::any_of(fewer.cbegin(), fewer.cend(),
                    [&more](const QString &id) { return more.contains(id); }))
        emit styleChanged();
    // A group a peer dissolved (or whose members are gone) is left.
    if (!m_entered.isEmpty() && m_scene.membersOf(m_entered.last()).isEmpty())
        setEnteredGroups({});
    announceObjectsChanged(this, ids);
    update();
}

void CanvasView::pruneSelection()
{
    const qsizetype before = m_selection.size();
    m_selection.removeIf([this](const QString &id) { return !m_scene.item(id); });
    if (m_selection.size() != before)
        emit selectionChanged();
}

// --- tools and style -----------------------------------------------------------------------------

void CanvasView::setTool(ToolKind tool)
{
    if (tool == ToolKind::Image) {
        // Not a mode: choosing an image places it in the middle of the view.
        if (!m_readOnly)
            emit imageRequested(visibleCanvasRect().center());
        return;
    }
    // Pointing and commenting change nothing in the drawing: viewers may do both.
    if (m_readOnly && !worksReadOnly(tool))
        return;
    if (tool == ToolKind::Eraser && m_toolKind == ToolKind::Eraser) {
        setEraserMode(m_eraserMode == EraserMode::Objects ? EraserMode::Strokes
                                                          : EraserMode::Objects);
        emit message(eraserModeName(m_eraserMode));
        return;
    }
    if (m_tool)
        m_tool->cancel();
    commitTextEdit();
    // The tool may be the caller (a shape tool returns to select): it goes at the next press.
    m_retiredTool = std::move(m_tool);
    m_toolKind = tool;
    m_tool = makeTool(tool, *this);
    restoreToolCursor();
    if (ToolStyles::hasStyle(tool)) {
        Style own = m_toolStyles.of(tool);
        own.noteColor = m_style.noteColor;
        if (!(own == m_style)) {
            m_style = own;
            emit styleChanged();
        }
    }
    emit toolChanged(tool);
}

void CanvasView::setEraserMode(EraserMode mode)
{
    if (mode == m_eraserMode)
        return;
    m_eraserMode = mode; // the eraser reads it at each press
    emit eraserModeChanged(mode);
}

void CanvasView::restoreToolCursor()
{
    setCursor(m_tool ? m_tool->cursor() : QCursor(Qt::ArrowCursor));
}

void CanvasView::setStyle(const Style &style, StyleFields force)
{
    const Style old = m_style;
    m_style = style;
    const StyleFields changed = differingFields(old, style) | force;
    bool toSome = false;
    if (ToolStyles::hasStyle(m_toolKind)) {
        m_toolStyles.take(m_toolKind, style, changed);
        toSome = true;
    }
    for (const SceneItem *item : selectedItems()) {
        if (const std::optional<ToolKind> tool = ToolStyles::toolMaking(item->object)) {
            m_toolStyles.take(*tool, style, changed);
            toSome = true;
        }
    }
    if (!toSome) {
        for (ToolKind tool : ToolStyles::drawingTools())
            m_toolStyles.take(tool, style, changed);
    }
    emit styleChanged();
    if (m_readOnly)
        return;
    requestOps(
        commands::withRestyledConnectors(
            commands::restyle(visible(), m_selection, old, style, force), visible(), m_scene),
        tr("Change style"));
}

Style CanvasView::styleOf(ToolKind tool) const
{
    if (tool == m_toolKind || !ToolStyles::hasStyle(tool))
        return m_style;
    Style s = m_toolStyles.of(tool);
    s.noteColor = m_style.noteColor; // the next note's colour is one for the window
    return s;
}

void CanvasView::setToolStyle(ToolKind tool, const Style &style)
{
    m_toolStyles.set(tool, style);
    if (tool == m_toolKind && !(style == m_style)) {
        m_style = style;
        emit styleChanged();
    }
}

void CanvasView::copyStyle()
{
    const QList<const SceneItem *> items = selectedItems();
    if (items.isEmpty())
        return;
    m_copiedStyle = m_style.merged(items.first()->object);
    emit message(tr("Style copied"));
}

void CanvasView::pasteStyle()
{
    if (!m_copiedStyle)
        return;
    m_style = *m_copiedStyle;
    emit styleChanged();
    if (m_readOnly)
        return;
    requestOps(
        commands::withRestyledConnectors(
            commands::pasteStyle(visible(), m_selection, *m_copiedStyle), visible(), m_scene),
        tr("Paste style"));
}

// --- selection -----------------------------------------------------------------------------------

void CanvasView::setSelection(const QSet<QString> &ids)
{
    if (ids == m_selection)
        return;
    m_selection = ids;
    // The style panel shows the style of what is selected.
    if (const QList<const SceneItem *> items = selectedItems(); !items.isEmpty()) {
        m_style = m_style.merged(items.last()->object);
        emit styleChanged();
    }
    emit selectionChanged();
    update();
}

QList<const SceneItem *> CanvasView::selectedItems() const
{
    QList<const SceneItem *> items;
    for (const QString &id : m_selection) {
        if (const SceneItem *i = m_scene.item(id))
            items.append(i);
    }
    std::sort(items.begin(), items.end(), [](const SceneItem *a, const SceneItem *b) {
        return renderLess(a->object, b->object);
    });
    return items;
}

void CanvasView::selectAll()
{
    QSet<QString> all;
    for (const SceneItem *i : m_scene.allInRenderOrder())
        all.insert(i->object.id);
    setSelection(all);
}

void CanvasView::clearSelection()
{
    setSelection({});
}

void CanvasView::deleteSelection()
{
    if (m_readOnly)
        return;
    requestOps(deleteOps(), tr("Delete"));
}

OpList CanvasView::deleteOps() const
{
    OpList ops = commands::remove(visible(), m_selection);
    QSet<QString> gone;
    for (const Op &op : std::as_const(ops))
        gone.insert(op.id);
    ops += commands::detachFrom(gone, visible(), m_scene);
    return ops;
}

void CanvasView::duplicateSelection()
{
    if (m_readOnly)
        return;
    QStringList ids;
    const OpList ops = commands::duplicate(visible(), m_selection, zAbove(), &ids);
    if (ops.isEmpty())
        return;
    requestOps(ops, tr("Duplicate"));
    setSelection(QSet<QString>(ids.begin(), ids.end()));
}

void CanvasView::bringToFront()
{
    if (m_readOnly)
        return;
    requestOps(commands::bringToFront(visible(), m_selection, m_scene.maxZ()),
               tr("Bring to front"));
}

commands::BoundsOf CanvasView::sceneBounds() const
{
    return [this](const Object &o) {
        const SceneItem *item = m_scene.item(o.id);
        return item ? item->geometry.bounds : computeGeometry(o).bounds;
    };
}

void CanvasView::cycleSelection(bool forward)
{
    const QString id = commands::cycleSelection(visible(), m_selection, sceneBounds(), forward);
    if (id.isEmpty())
        return;
    selectAndReveal(id);
}

void CanvasView::selectAndReveal(const QString &id)
{
    setSelection({id});
    // Brought into view (centred, at the same zoom) when it is out of it.
    if (const SceneItem *item = m_scene.item(id);
        item && !visibleCanvasRect().contains(item->geometry.bounds))
        setView(m_zoom,
                QPointF(width() / 2.0, height() / 2.0) - item->geometry.bounds.center() * m_zoom);
}

void CanvasView::bringForward()
{
    if (m_readOnly)
        return;
    requestOps(commands::bringForward(visible(), m_selection, sceneBounds()), tr("Bring forward"));
}

void CanvasView::sendBackward()
{
    if (m_readOnly)
        return;
    requestOps(commands::sendBackward(visible(), m_selection, sceneBounds()), tr("Send backward"));
}

void CanvasView::align(commands::Align how)
{
    if (m_readOnly)
        return;
    requestOps(commands::withConnectorEdits(
                   commands::align(visible(), m_selection, sceneBounds(), how, unitKey()),
                   visible(), m_scene),
               tr("Align"));
}

void CanvasView::distribute(commands::Axis axis)
{
    if (m_readOnly)
        return;
    requestOps(commands::withConnectorEdits(
                   commands::distribute(visible(), m_selection, sceneBounds(), axis, unitKey()),
                   visible(), m_scene),
               tr("Distribute"));
}

void CanvasView::sendToBack()
{
    if (m_readOnly)
        return;
    requestOps(commands::sendToBack(visible(), m_selection, m_scene.minZ()), tr("Send to back"));
}

void CanvasView::toggleLock()
{
    if (m_readOnly)
        return;
    bool locking = false;
    const OpList ops = commands::toggleLock(visible(), m_selection, &locking);
    requestOps(ops, locking ? tr("Lock") : tr("Unlock"));
    update();
}

void CanvasView::setShapeOfSelection(const QString &shape)
{
    if (m_readOnly)
        return;
    requestOps(commands::setShape(visible(), m_selection, shape), tr("Change shape"));
}

void CanvasView::nudge(QPointF delta)
{
    if (m_readOnly)
        return;
    requestOps(commands::withConnectorEdits(commands::nudge(visible(), m_selection, delta),
                                            visible(), m_scene),
               tr("Nudge"), kNudgeMergeId);
}

QString CanvasView::zAbove() const
{
    // Previews drawn meanwhile are not in the scene yet; their keys count too.
    QString top = m_scene.maxZ();
    for (const Object &o : m_preview) {
        if (isValidOrderKey(o.z()) && o.z() > top && !m_scene.item(o.id))
            top = o.z();
    }
    return keyBetween(top, QString()).value_or(QStringLiteral("a0"));
}

// --- previews and ops ----------------------------------------------------------------------------

void CanvasView::setPreview(const QList<Object> &objects, const QSet<QString> &hidden)
{
    m_preview.clear();
    for (const Object &o : objects)
        m_preview.insert(o.id, o);
    m_hidden = hidden;
    emit previewChanged(objects);
    update();
}

void CanvasView::setBindTarget(const QString &id)
{
    if (m_bindTarget == id)
        return;
    m_bindTarget = id;
    update();
}

SnapTargets CanvasView::snapTargets(const QSet<QString> &moving) const
{
    // What is in view is what a user lines up with; far more than that (a zoomed-out
    // drawing) is no help and only costs time, so snapping then keeps to the grid.
    constexpr qsizetype kMaxTargets = 2000;
    SnapTargets t;
    t.threshold = 6 / m_zoom;
    t.grid = m_grid ? gridStep(m_zoom) : 0;
    const QList<const SceneItem *> items = m_scene.itemsIn(visibleCanvasRect());
    if (items.size() > kMaxTargets)
        return t;
    for (const SceneItem *item : items) {
        if (moving.contains(item->object.id) || isConnector(item->object))
            continue;
        t.boxes.append(item->geometry.toCanvas.mapRect(item->geometry.frame));
    }
    return t;
}

void CanvasView::setSnapGuides(const QList<QLineF> &guides)
{
    if (guides.isEmpty() && m_snapGuides.isEmpty())
        return;
    m_snapGuides = guides;
    update();
}

void CanvasView::clearPreview()
{
    if (m_preview.isEmpty() && m_hidden.isEmpty())
        return;
    m_preview.clear();
    m_hidden.clear();
    emit previewChanged({});
    update();
}

void CanvasView::requestOps(const OpList &ops, const QString &label, int mergeId)
{
    if (ops.isEmpty() || m_readOnly)
        return;
    emit opsRequested(ops, label, mergeId);
    if (m_history)
        m_history->perform(ops, label, mergeId);
}

// --- view ----------------------------------------------------------------------------------------

QTransform CanvasView::viewTransform() const
{
    return QTransform(m_zoom, 0, 0, m_zoom, m_offset.x(), m_offset.y());
}

QPointF CanvasView::widgetToCanvas(QPointF p) const
{
    return (p - m_offset) / m_zoom;
}

QPointF CanvasView::canvasToWidget(QPointF p) const
{
    return p * m_zoom + m_offset;
}

QRectF CanvasView::visibleCanvasRect() const
{
    return QRectF(widgetToCanvas(QPointF(0, 0)), widgetToCanvas(QPointF(width(), height())));
}

void CanvasView::setView(double zoom, QPointF offset)
{
    zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    if (zoom == m_zoom && offset == m_offset)
        return;
    commitTextEdit();
    m_zoom = zoom;
    m_offset = offset;
    emit viewChanged();
    update();
}

void CanvasView::zoomAbout(double factor, QPointF anchor)
{
    // An interactive zoom: frames show the cached drawing scaled until the gesture pauses.
    m_layer.cancelRefine();
    m_zooming = true;
    m_settleTimer.start();
    const QPointF c = widgetToCanvas(anchor);
    const double z = std::clamp(m_zoom * factor, kMinZoom, kMaxZoom);
    setView(z, anchor - c * z);
}

void CanvasView::zoomIn()
{
    zoomAbout(1.25, rect().center());
}

void CanvasView::zoomOut()
{
    zoomAbout(0.8, rect().center());
}

void CanvasView::zoomReset()
{
    const QPointF c = visibleCanvasRect().center();
    setView(1.0, QPointF(width() / 2.0, height() / 2.0) - c);
}

void CanvasView::fitRect(const QRectF &r, double maxZoom)
{
    if (r.isNull() || width() < 2 || height() < 2)
        return;
    const double margin = 40;
    const double z = std::clamp(std::min((width() - 2 * margin) / std::max(r.width(), 1.0),
                                         (height() - 2 * margin) / std::max(r.height(), 1.0)),
                                kMinZoom, maxZoom);
    setView(z, QPointF(width() / 2.0, height() / 2.0) - r.center() * z);
}

void CanvasView::zoomToFit()
{
    // Before the widget has its final size (a window being set up), fit again on each resize
    // until the user takes over the view.
    m_fitPending = !isVisible();
    fitRect(m_scene.bounds(), 1.0);
}

void CanvasView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_fitPending)
        fitRect(m_scene.bounds(), 1.0);
}

void CanvasView::zoomToSelection()
{
    fitRect(m_scene.boundsOf(m_selection), 4.0);
}

void CanvasView::addLaserPoint(QPointF canvasPos)
{
    m_laser.add(canvasPos, laserNow());
    if (!m_laserTimer.isActive())
        m_laserTimer.start();
    update();
    emit laserChanged();
}

void CanvasView::setGridVisible(bool visible)
{
    m_layer.cancelRefine();
    m_grid = visible;
    update();
}

void CanvasView::requestComment(QPointF canvasPos)
{
    // On the topmost object there (its frame, so that the pin follows it), else a point.
    const SceneItem *item = m_scene.topmostAt(canvasPos, 4 / m_zoom);
    emit commentRequested(canvasPos, item ? item->object.id : QString());
}

void CanvasView::setReadOnly(bool readOnly)
{
    if (readOnly == m_readOnly)
        return;
    if (readOnly) {
        commitTextEdit();
        if (m_tool)
            m_tool->cancel();
        if (!worksReadOnly(m_toolKind))
            setTool(ToolKind::Select);
    }
    m_readOnly = readOnly;
    update();
}

void CanvasView::addOverlay(CanvasOverlay *overlay)
{
    m_overlays.append(overlay);
    update();
}

void CanvasView::removeOverlay(CanvasOverlay *overlay)
{
    m_overlays.removeAll(overlay);
    update();
}

void CanvasView::updatePalette()
{
    m_background = palette().color(QPalette::Base);
    const bool dark = m_background.lightnessF() < 0.5;
    m_renderer.setDarkMode(dark);
    // A high-contrast palette is the user's: its background as it is. Otherwise the canvas
    // has its own paper, white or a soft dark grey.
    if (isHighContrast(palette()))
        m_background.setAlpha(255);
    else if (dark)
        m_background = QColor(0x1e, 0x1f, 0x22);
    else
        m_background = Qt::white;
}

void CanvasView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        m_layer.cancelRefine();
        updatePalette();
        m_layer.invalidate(); // the dark-mode ink changes
        update();
    }
    QWidget::changeEvent(event);
}

// --- painting ------------------------------------------------------------------------------------

LayerPainter::Frame CanvasView::layerFrame() const
{
    QSet<QString> hidden = m_hidden + m_editHidden;
    for (auto it = m_preview.cbegin(); it != m_preview.cend(); ++it)
        hidden.insert(it.key());
    return {m_zoom, m_offset, size(), devicePixelRatioF(), m_grid, m_background, hidden};
}

void CanvasView::finishZoomGesture()
{
    m_settleTimer.stop();
    m_zooming = false;
    m_layer.startRefine();
}

void CanvasView::paintEvent(QPaintEvent *)
{
    const LayerPainter::Frame frame = layerFrame();
    const bool scaled = m_layer.update(frame, m_zooming);
    QPainter p(this);
    const QTransform view = viewTransform();
    m_layer.draw(p, frame, scaled);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    for (const Object &o : std::as_const(m_preview)) {
        if (m_hidden.contains(o.id))
            continue;
        m_renderer.paint(p, o, computeGeometry(o), view);
    }
    p.setWorldTransform(QTransform());
    p.setOpacity(1);
    const QColor accent = palette().color(QPalette::Highlight);
    if (!m_entered.isEmpty()) {
        const QList<QString> members = m_scene.membersOf(m_entered.last());
        if (const QRectF box = m_scene.boundsOf({members.cbegin(), members.cend()}); !box.isNull())
            paintGroupBox(p, box, view, accent);
    }
    if (!m_selection.isEmpty())
        paintSelection(p, selectedItems(), m_preview, view, m_zoom, accent, m_background,
                       !m_readOnly && m_preview.isEmpty());
    if (!m_marquee.isNull())
        paintMarquee(p, m_marquee, view, accent);
    if (const SceneItem *target = m_bindTarget.isEmpty() ? nullptr : m_scene.item(m_bindTarget))
        paintBindTarget(p, *target, view, accent);
    if (!m_snapGuides.isEmpty())
        paintSnapGuides(p, m_snapGuides, view);
    m_laser.paint(p, view, QColor(0xe0, 0x31, 0x31), laserNow());
    for (CanvasOverlay *overlay : std::as_const(m_overlays)) {
        p.save();
        overlay->paintOverlay(p, view);
        p.restore();
    }
}

} // namespace inkboard::canvas
