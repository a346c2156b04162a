#include "canvas_view.h"

#include "blob_store.h"
#include "clipboard_codec.h"
#include "commands/delete.h"
#include "commands/duplicate.h"
#include "commands/insert_image.h"
#include "commands/lock.h"
#include "commands/nudge.h"
#include "commands/paste.h"
#include "commands/restyle.h"
#include "commands/text_commit.h"
#include "commands/z_order.h"
#include "edit_history.h"
#include "exporter.h"
#include "logging.h"
#include "model/limits.h"
#include "model/z_order.h"
#include "op_target.h"
#include "tools.h"

#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QKeyEvent>
#include <QMimeData>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QPlainTextEdit>
#include <QStyleHints>
#include <QTextDocument>
#include <QUrl>
#include <QWheelEvent>
#include <cmath>

namespace inkboard::canvas {

QChar toolShortcut(ToolKind tool)
{
    switch (tool) {
    case ToolKind::Select:
        return u'V';
    case ToolKind::Hand:
        return u'H';
    case ToolKind::Pen:
        return u'P';
    case ToolKind::Eraser:
        return u'E';
    case ToolKind::Rect:
        return u'R';
    case ToolKind::Ellipse:
        return u'O';
    case ToolKind::Line:
        return u'L';
    case ToolKind::Arrow:
        return u'A';
    case ToolKind::Text:
        return u'T';
    case ToolKind::Image:
        return u'I';
    }
    return {};
}

QString toolName(ToolKind tool)
{
    switch (tool) {
    case ToolKind::Select:
        return QObject::tr("Select");
    case ToolKind::Hand:
        return QObject::tr("Hand");
    case ToolKind::Pen:
        return QObject::tr("Pen");
    case ToolKind::Eraser:
        return QObject::tr("Eraser");
    case ToolKind::Rect:
        return QObject::tr("Rectangle");
    case ToolKind::Ellipse:
        return QObject::tr("Ellipse");
    case ToolKind::Line:
        return QObject::tr("Line");
    case ToolKind::Arrow:
        return QObject::tr("Arrow");
    case ToolKind::Text:
        return QObject::tr("Text");
    case ToolKind::Image:
        return QObject::tr("Image");
    }
    return {};
}

CanvasView::CanvasView(QWidget *parent) : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAttribute(Qt::WA_AcceptTouchEvents, false);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAcceptDrops(true);
    setMinimumSize(200, 150);
    m_renderer.setDetailThreshold(2.5);
    m_settleTimer.setSingleShot(true);
    m_settleTimer.setInterval(120);
    connect(&m_settleTimer, &QTimer::timeout, this, &CanvasView::finishZoomGesture);
    m_refineTimer.setSingleShot(true);
    m_refineTimer.setInterval(0);
    connect(&m_refineTimer, &QTimer::timeout, this, &CanvasView::refineSlice);
    m_tool = makeTool(m_toolKind, *this);
    restoreToolCursor();
    updatePalette();
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
    if (m_textEditor)
        m_textEditor->deleteLater();
    m_editingId.clear();
    cancelRefine();
    m_document = document;
    m_preview.clear();
    m_hidden.clear();
    m_selection.clear();
    if (m_document)
        m_scene.reset(*m_document);
    else
        m_scene.reset(Document());
    ++m_sceneVersion;
    emit selectionChanged();
    update();
}

void CanvasView::setBlobStore(BlobStore *blobs)
{
    m_blobs = blobs;
    m_renderer.setBlobStore(blobs);
    ++m_sceneVersion;
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
    cancelRefine(); // its items point into the scene
    // Where the changed objects were and are now: only that part of the cached drawing is
    // painted again (when the cache shows the current view; else it is painted anew).
    const bool layerCurrent = m_layerValid && m_layerZoom == m_zoom && m_layerOffset == m_offset;
    QRegion dirty;
    if (layerCurrent) {
        for (const QString &id : ids)
            dirty += dirtyRectOf(id);
    }
    m_scene.update(*m_document, ids);
    if (layerCurrent) {
        for (const QString &id : ids)
            dirty += dirtyRectOf(id);
        m_layerDirty += dirty & rect();
    } else {
        ++m_sceneVersion;
    }
    pruneSelection();
    update();
}

QRect CanvasView::dirtyRectOf(const QString &id) const
{
    const SceneItem *item = m_scene.item(id);
    if (!item)
        return {};
    return viewTransform().mapRect(item->geometry.bounds).toAlignedRect().adjusted(-2, -2, 2, 2);
}

void CanvasView::pruneSelection()
{
    const qsizetype before = m_selection.size();
    m_selection.removeIf([this](const QString &id) { return !m_scene.item(id); });
    if (m_selection.size() != before)
        emit selectionChanged();
}

// --- tools and style --------------------------------------------------------------------------

void CanvasView::setTool(ToolKind tool)
{
    if (tool == ToolKind::Image) {
        // Not a mode: choosing an image places it in the middle of the view.
        if (!m_readOnly)
            emit imageRequested(visibleCanvasRect().center());
        return;
    }
    if (m_readOnly && tool != ToolKind::Select && tool != ToolKind::Hand)
        return;
    if (m_tool)
        m_tool->cancel();
    commitTextEdit();
    // The tool may be the caller (a shape tool returns to select): it goes at the next press.
    m_retiredTool = std::move(m_tool);
    m_toolKind = tool;
    m_tool = makeTool(tool, *this);
    restoreToolCursor();
    emit toolChanged(tool);
}

void CanvasView::restoreToolCursor()
{
    setCursor(m_tool ? m_tool->cursor() : QCursor(Qt::ArrowCursor));
}

void CanvasView::setStyle(const Style &style)
{
    const Style old = m_style;
    m_style = style;
    emit styleChanged();
    if (m_readOnly)
        return;
    requestOps(commands::restyle(visible(), m_selection, old, style), tr("Change style"));
}

// --- selection --------------------------------------------------------------------------------

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
    requestOps(commands::remove(visible(), m_selection), tr("Delete"));
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

void CanvasView::nudge(QPointF delta)
{
    if (m_readOnly)
        return;
    requestOps(commands::nudge(visible(), m_selection, delta), tr("Nudge"), kNudgeMergeId);
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

// --- clipboard and images ---------------------------------------------------------------------

QMimeData *CanvasView::mimeDataForSelection() const
{
    QList<Object> objects;
    QSet<QString> ids;
    for (const SceneItem *item : selectedItems()) {
        objects.append(item->object);
        ids.insert(item->object.id);
    }
    if (objects.isEmpty())
        return nullptr;
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(kInkboardMimeType),
                  encodeClipboard(ObjectBundle::collect(objects, m_blobs)));
    ExportOptions options;
    options.only = ids;
    options.scale = 2;
    options.transparent = true;
    options.margin = 8;
    const QImage image = Exporter(m_scene, m_blobs).toImage(options);
    if (!image.isNull())
        mime->setImageData(image);
    return mime;
}

void CanvasView::copy()
{
    if (QMimeData *mime = mimeDataForSelection())
        QGuiApplication::clipboard()->setMimeData(mime);
}

void CanvasView::cut()
{
    if (m_readOnly)
        return;
    copy();
    requestOps(commands::remove(visible(), m_selection), tr("Cut"));
}

void CanvasView::paste()
{
    pasteMimeData(QGuiApplication::clipboard()->mimeData());
}

bool CanvasView::pasteMimeData(const QMimeData *mime, std::optional<QPointF> canvasAt)
{
    if (!mime || m_readOnly)
        return false;
    QPointF at = canvasAt.value_or(widgetToCanvas(mapFromGlobal(QCursor::pos())));
    if (!canvasAt && !rect().contains(canvasToWidget(at).toPoint()))
        at = visibleCanvasRect().center();
    const QString inkMime = QString::fromLatin1(kInkboardMimeType);
    if (mime->hasFormat(inkMime)) {
        QString error;
        const auto bundle = decodeClipboard(mime->data(inkMime), &error);
        if (!bundle) {
            emit message(tr("Cannot paste: %1").arg(error));
            return false;
        }
        if (!bundle->storeBlobs(m_blobs, &error)) {
            emit message(tr("Cannot paste the images: %1").arg(error));
            return false;
        }
        QStringList ids;
        const OpList ops = commands::pasteObjects(bundle->objects, at, zAbove(), &ids);
        requestOps(ops, tr("Paste"));
        setSelection(QSet<QString>(ids.begin(), ids.end()));
        return !ops.isEmpty();
    }
    if (mime->hasUrls()) {
        bool any = false;
        for (const QUrl &url : mime->urls()) {
            if (!url.isLocalFile())
                continue;
            QString error;
            if (insertImageFile(url.toLocalFile(), &error, at))
                any = true;
            else
                emit message(error);
        }
        if (any)
            return true;
    }
    if (mime->hasImage()) {
        const QImage image = qvariant_cast<QImage>(mime->imageData());
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        QString error;
        if (!insertImage(png, at, &error)) {
            emit message(error);
            return false;
        }
        return true;
    }
    if (mime->hasText() && !mime->text().trimmed().isEmpty()) {
        QString id;
        requestOps(commands::pasteText(mime->text(), at, m_style, zAbove(), &id), tr("Paste"));
        setSelection({id});
        return true;
    }
    return false;
}

bool CanvasView::insertImage(const QByteArray &bytes, QPointF canvasCenter, QString *error)
{
    if (m_readOnly)
        return false;
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (!m_blobs)
        return fail(tr("Images cannot be stored here."));
    QSize size;
    const QString problem = BlobStore::checkImage(bytes, &size);
    if (!problem.isEmpty())
        return fail(problem);
    QByteArray stored = bytes;
    if (BlobStore::contentTypeOf(bytes).isEmpty()) {
        // BMP, TIFF, ...: servers take PNG, JPEG, WebP and GIF, so keep a PNG.
        QImage image;
        image.loadFromData(bytes);
        QBuffer buffer(&stored);
        stored.clear();
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
    }
    QString storeError;
    const QString hash = m_blobs->put(stored, &storeError);
    if (hash.isEmpty())
        return fail(storeError);
    // Large images come in at a size that fits the view.
    QString id;
    requestOps(commands::insertImage(hash, size, canvasCenter, visibleCanvasRect().size() * 0.8,
                                     m_style, zAbove(), &id),
               tr("Insert image"));
    setSelection({id});
    return true;
}

bool CanvasView::insertImageFile(const QString &path, QString *error,
                                 std::optional<QPointF> canvasCenter)
{
    QFile file(path);
    if (file.size() > BlobStore::kMaxBytes) {
        if (error)
            *error = tr("%1 is too large (at most %2 MB).")
                         .arg(QFileInfo(path).fileName())
                         .arg(BlobStore::kMaxBytes / (1024 * 1024));
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    QString why;
    if (!insertImage(file.readAll(), canvasCenter.value_or(visibleCanvasRect().center()), &why)) {
        if (error)
            *error = tr("%1: %2").arg(QFileInfo(path).fileName(), why);
        return false;
    }
    return true;
}

void CanvasView::dragEnterEvent(QDragEnterEvent *event)
{
    if (!m_readOnly && (event->mimeData()->hasUrls() || event->mimeData()->hasImage() ||
                        event->mimeData()->hasFormat(QString::fromLatin1(kInkboardMimeType))))
        event->acceptProposedAction();
}

void CanvasView::dropEvent(QDropEvent *event)
{
    if (pasteMimeData(event->mimeData(), widgetToCanvas(event->position())))
        event->acceptProposedAction();
}

// --- previews and ops -------------------------------------------------------------------------

void CanvasView::setPreview(const QList<Object> &objects, const QSet<QString> &hidden)
{
    m_preview.clear();
    for (const Object &o : objects)
        m_preview.insert(o.id, o);
    m_hidden = hidden;
    emit previewChanged(objects);
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

double CanvasView::pointerPressure() const
{
    return m_tabletPressure >= 0 ? m_tabletPressure : 0.5;
}

// --- text editing -----------------------------------------------------------------------------

bool CanvasView::isEditingText() const
{
    return m_textEditor != nullptr;
}

void CanvasView::beginTextEdit(const QString &objectId, QPointF canvasPos)
{
    commitTextEdit();
    if (m_readOnly)
        return;
    Object o;
    if (!objectId.isEmpty()) {
        const SceneItem *item = m_scene.item(objectId);
        if (!item)
            return;
        o = item->object;
        canvasPos = item->geometry.toCanvas.map(item->geometry.frame.topLeft());
    } else {
        o.type = ObjectType::Text;
        o.props = m_style.toProps(ObjectType::Text);
    }
    m_editingId = objectId;
    m_editingPos = canvasPos;
    auto *editor = new QPlainTextEdit(this);
    m_textEditor = editor;
    editor->setFrameShape(QFrame::NoFrame);
    editor->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    editor->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    editor->document()->setDocumentMargin(0);
    QFont font = fontOf(o);
    font.setPixelSize(std::max(1, qRound(fontSizeOf(o) * m_zoom)));
    editor->setFont(font);
    QPalette pal = editor->palette();
    pal.setColor(QPalette::Base, Qt::transparent);
    pal.setColor(QPalette::Text, m_renderer.displayColor(strokeColorOf(o)));
    editor->setPalette(pal);
    editor->setStyleSheet(QStringLiteral("QPlainTextEdit { background: transparent; }"));
    editor->setPlainText(o.string(QLatin1String("text")));
    editor->installEventFilter(this);
    auto resize = [this, editor] {
        const QFontMetricsF fm(editor->font());
        double w = 0;
        const QStringList lines = editor->toPlainText().split(u'\n');
        for (const QString &line : lines)
            w = std::max(w, fm.horizontalAdvance(line));
        editor->resize(int(w + fm.averageCharWidth() * 2 + 4),
                       int(fm.lineSpacing() * lines.size() + 6));
    };
    connect(editor, &QPlainTextEdit::textChanged, this, resize);
    editor->move(canvasToWidget(canvasPos).toPoint());
    resize();
    editor->show();
    editor->setFocus();
    editor->moveCursor(QTextCursor::End);
    if (!objectId.isEmpty()) {
        m_hidden = {objectId};
        update();
    }
    emit editingChanged(objectId);
}

void CanvasView::commitTextEdit()
{
    if (!m_textEditor)
        return;
    QPlainTextEdit *editor = m_textEditor;
    m_textEditor = nullptr;
    editor->removeEventFilter(this);
    const QString text = editor->toPlainText();
    editor->hide();
    editor->deleteLater();
    const QString id = m_editingId;
    m_editingId.clear();
    m_hidden.remove(id);
    const commands::TextCommit commit =
        commands::commitText(visible(), id, text, m_editingPos, m_style, zAbove());
    switch (commit.kind) {
    case commands::TextCommit::Kind::None:
        break;
    case commands::TextCommit::Kind::Add:
        requestOps(commit.ops, tr("Add text"));
        setSelection({commit.createdId});
        break;
    case commands::TextCommit::Kind::Edit:
        requestOps(commit.ops, tr("Edit text"));
        break;
    case commands::TextCommit::Kind::Delete:
        requestOps(commit.ops, tr("Delete text"));
        break;
    }
    emit editingChanged({});
    setFocus();
    update();
}

bool CanvasView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_textEditor) {
        if (event->type() == QEvent::KeyPress) {
            auto *ke = static_cast<QKeyEvent *>(event);
            const bool ctrlEnter = (ke->key() == Qt::Key_Return || ke->key() == Qt::Key_Enter) &&
                                   (ke->modifiers() & Qt::ControlModifier);
            if (ke->key() == Qt::Key_Escape || ctrlEnter) {
                commitTextEdit();
                if (m_toolKind == ToolKind::Text)
                    setTool(ToolKind::Select);
                return true;
            }
        } else if (event->type() == QEvent::FocusOut) {
            QMetaObject::invokeMethod(this, &CanvasView::commitTextEdit, Qt::QueuedConnection);
        }
    }
    return QWidget::eventFilter(watched, event);
}

// --- view -------------------------------------------------------------------------------------

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
    cancelRefine();
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

void CanvasView::setGridVisible(bool visible)
{
    cancelRefine();
    m_grid = visible;
    update();
}

void CanvasView::setReadOnly(bool readOnly)
{
    if (readOnly == m_readOnly)
        return;
    if (readOnly) {
        commitTextEdit();
        if (m_tool)
            m_tool->cancel();
        if (m_toolKind != ToolKind::Select && m_toolKind != ToolKind::Hand)
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
    if (dark)
        m_background = QColor(0x1e, 0x1f, 0x22);
    else
        m_background = Qt::white;
}

void CanvasView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        cancelRefine();
        updatePalette();
        ++m_sceneVersion; // the dark-mode ink changes
        update();
    }
    QWidget::changeEvent(event);
}

// --- painting ---------------------------------------------------------------------------------

void CanvasView::paintGrid(QPainter &p, const QRectF &r)
{
    double step = 20;
    while (step * m_zoom < 12)
        step *= 5;
    QColor line = m_renderer.darkMode() ? QColor(255, 255, 255, 22) : QColor(0, 0, 0, 18);
    p.setPen(QPen(line, 0));
    const double x0 = std::floor(r.left() / step) * step;
    const double y0 = std::floor(r.top() / step) * step;
    for (double x = x0; x <= r.right(); x += step) {
        const double wx = std::round(x * m_zoom + m_offset.x()) + 0.5;
        p.drawLine(QPointF(wx, 0), QPointF(wx, height()));
    }
    for (double y = y0; y <= r.bottom(); y += step) {
        const double wy = std::round(y * m_zoom + m_offset.y()) + 0.5;
        p.drawLine(QPointF(0, wy), QPointF(width(), wy));
    }
}

QSet<QString> CanvasView::layerHidden() const
{
    QSet<QString> hidden = m_hidden;
    for (auto it = m_preview.cbegin(); it != m_preview.cend(); ++it)
        hidden.insert(it.key());
    return hidden;
}

void CanvasView::renderLayer(QImage &image, const QRegion &region, const QSet<QString> &hidden)
{
    QPainter p(&image);
    const QTransform view = viewTransform();
    const QTransform inverse = view.inverted();
    for (const QRect &r : region) {
        p.setClipRect(r);
        p.setRenderHint(QPainter::Antialiasing, false);
        p.fillRect(r, m_background);
        const QRectF canvasRect = inverse.mapRect(QRectF(r));
        if (m_grid)
            paintGrid(p, canvasRect);
        p.setRenderHint(QPainter::Antialiasing);
        p.setRenderHint(QPainter::TextAntialiasing);
        m_renderer.paintItems(p, m_scene.itemsIn(canvasRect), view, hidden);
    }
}

void CanvasView::updateLayer(const QSet<QString> &hidden, bool *scaledPreview)
{
    *scaledPreview = false;
    const qreal dpr = devicePixelRatioF();
    const QSize deviceSize = size() * dpr;
    const bool sameView = m_layerZoom == m_zoom && m_layerOffset == m_offset;
    if (m_layerValid && sameView && hidden != m_layerHidden) {
        // A gesture hid or showed objects (a drag starts or ends): repaint just where they are.
        for (const QString &id : (hidden - m_layerHidden) + (m_layerHidden - hidden))
            m_layerDirty += dirtyRectOf(id) & rect();
        m_layerHidden = hidden;
    }
    const bool sameContent = m_layerValid && m_layer.size() == deviceSize &&
                             m_layerVersion == m_sceneVersion && m_layerHidden == hidden &&
                             m_layerGrid == m_grid && m_layerBackground == m_background;
    if (sameContent && sameView) {
        if (!m_layerDirty.isEmpty()) {
            renderLayer(m_layer, m_layerDirty, hidden);
            m_layerDirty = QRegion();
        }
        return;
    }
    if (sameContent && (m_zooming || m_refineActive) && m_layerZoom != m_zoom) {
        *scaledPreview = true;
        return;
    }
    const QPointF d = m_offset - m_layerOffset;
    const bool wholePixels = d.x() == std::round(d.x()) && d.y() == std::round(d.y()) &&
                             std::abs(d.x()) < width() && std::abs(d.y()) < height();
    if (sameContent && m_layerZoom == m_zoom && wholePixels && m_layerDirty.isEmpty()) {
        // A pan: shift what is drawn, paint the strips that came into view.
        if (m_layerBack.size() != deviceSize) {
            m_layerBack = QImage(deviceSize, QImage::Format_ARGB32_Premultiplied);
            m_layerBack.setDevicePixelRatio(dpr);
        }
        {
            QPainter p(&m_layerBack);
            p.setCompositionMode(QPainter::CompositionMode_Source);
            p.drawImage(d, m_layer);
        }
        const QPoint shift = d.toPoint();
        const QRegion exposed = QRegion(rect()) - QRegion(rect().translated(shift));
        renderLayer(m_layerBack, exposed, hidden);
        std::swap(m_layer, m_layerBack);
        m_layerOffset = m_offset;
        return;
    }
    if (m_layer.size() != deviceSize) {
        m_layer = QImage(deviceSize, QImage::Format_ARGB32_Premultiplied);
        m_layer.setDevicePixelRatio(dpr);
    }
    renderLayer(m_layer, QRegion(rect()), hidden);
    m_layerDirty = QRegion();
    m_layerValid = true;
    m_layerZoom = m_zoom;
    m_layerOffset = m_offset;
    m_layerVersion = m_sceneVersion;
    m_layerHidden = hidden;
    m_layerGrid = m_grid;
    m_layerBackground = m_background;
}

void CanvasView::finishZoomGesture()
{
    m_settleTimer.stop();
    m_zooming = false;
    startRefine();
}

void CanvasView::cancelRefine()
{
    m_refineActive = false;
    m_refineTimer.stop();
    m_refineItems.clear();
}

void CanvasView::startRefine()
{
    cancelRefine();
    if (m_layerValid && m_layerZoom == m_zoom) {
        update();
        return;
    }
    const qreal dpr = devicePixelRatioF();
    if (m_refine.size() != size() * dpr) {
        m_refine = QImage(size() * dpr, QImage::Format_ARGB32_Premultiplied);
        m_refine.setDevicePixelRatio(dpr);
    }
    m_refineZoom = m_zoom;
    m_refineOffset = m_offset;
    m_refineVersion = m_sceneVersion;
    m_refineHidden = layerHidden();
    const QRectF visible = visibleCanvasRect();
    {
        QPainter p(&m_refine);
        p.fillRect(rect(), m_background);
        if (m_grid)
            paintGrid(p, visible);
    }
    m_refineItems = m_scene.itemsIn(visible);
    m_refineNext = 0;
    m_refineActive = true;
    m_refineTimer.start();
}

void CanvasView::refineSlice()
{
    if (!m_refineActive)
        return;
    if (m_refineZoom != m_zoom || m_refineOffset != m_offset || m_refineHidden != layerHidden() ||
        m_refineVersion != m_sceneVersion || m_refine.size() != size() * devicePixelRatioF()) {
        startRefine(); // the view moved on meanwhile
        return;
    }
    constexpr qint64 kBudgetNs = 6'000'000; // leaves room for input and the frame itself
    constexpr qsizetype kStep = 32;
    QElapsedTimer timer;
    timer.start();
    QPainter p(&m_refine);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    const QTransform view = viewTransform();
    while (m_refineNext < m_refineItems.size() && timer.nsecsElapsed() < kBudgetNs) {
        const qsizetype end = std::min(m_refineNext + kStep, m_refineItems.size());
        m_renderer.paintItems(p, m_refineItems.mid(m_refineNext, end - m_refineNext), view,
                              m_refineHidden);
        m_refineNext = end;
    }
    p.end();
    if (m_refineNext < m_refineItems.size()) {
        m_refineTimer.start();
        return;
    }
    // Done: the sharp frame (of the current scene: a change cancels refining) becomes the
    // cached layer.
    std::swap(m_layer, m_refine);
    m_layerDirty = QRegion();
    m_layerValid = true;
    m_layerZoom = m_zoom;
    m_layerOffset = m_offset;
    m_layerVersion = m_sceneVersion;
    m_layerHidden = m_refineHidden;
    m_layerGrid = m_grid;
    m_layerBackground = m_background;
    cancelRefine();
    update();
}

void CanvasView::paintEvent(QPaintEvent *)
{
    bool scaled = false;
    updateLayer(layerHidden(), &scaled);
    QPainter p(this);
    const QTransform view = viewTransform();
    if (scaled) {
        p.fillRect(rect(), m_background);
        const double s = m_zoom / m_layerZoom;
        p.drawImage(QRectF(m_offset - m_layerOffset * s, QSizeF(size()) * s), m_layer);
    } else {
        p.drawImage(QPointF(0, 0), m_layer);
    }
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    for (const Object &o : std::as_const(m_preview)) {
        if (m_hidden.contains(o.id))
            continue;
        m_renderer.paint(p, o, computeGeometry(o), view);
    }
    p.setWorldTransform(QTransform());
    p.setOpacity(1);
    paintSelection(p);
    if (!m_marquee.isNull()) {
        const QColor accent = palette().color(QPalette::Highlight);
        QColor fill = accent;
        fill.setAlpha(30);
        p.setPen(QPen(accent, 1));
        p.setBrush(fill);
        p.drawRect(view.mapRect(m_marquee));
    }
    for (CanvasOverlay *overlay : std::as_const(m_overlays)) {
        p.save();
        overlay->paintOverlay(p, view);
        p.restore();
    }
}

void CanvasView::paintSelection(QPainter &p)
{
    if (m_selection.isEmpty())
        return;
    const QColor accent = palette().color(QPalette::Highlight);
    const QList<const SceneItem *> selected = selectedItems();
    // While a gesture moves them, the selection follows the previews.
    std::vector<SceneItem> moved;
    moved.reserve(size_t(selected.size()));
    QList<const SceneItem *> items;
    for (const SceneItem *item : selected) {
        const auto pv = m_preview.constFind(item->object.id);
        if (pv != m_preview.cend()) {
            moved.push_back(SceneItem{*pv, computeGeometry(*pv), item->rank});
            items.append(&moved.back());
        } else {
            items.append(item);
        }
    }
    const SelectionFrame frame = selectionFrame(items);
    const QTransform view = viewTransform();
    bool anyLocked = false;
    // Each object's own outline, thin; then the frame with its handles.
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(accent, 1, Qt::DashLine));
    for (const SceneItem *i : items) {
        anyLocked |= isLocked(i->object);
        if (items.size() > 1)
            p.drawPolygon((i->geometry.toCanvas * view).map(QPolygonF(i->geometry.frame)));
    }
    const QPolygonF outline = (frame.toCanvas * view).map(QPolygonF(frame.rect));
    p.setPen(QPen(accent, 1.5));
    p.drawPolygon(outline);
    if (m_readOnly || (anyLocked && items.size() == 1) || !m_preview.isEmpty())
        return;
    p.setBrush(m_background);
    for (Handle h : kAllHandles) {
        const QPointF c = view.map(handlePosition(frame, h, m_zoom));
        if (h == Handle::Rotate) {
            p.drawLine(view.map(handlePosition(frame, Handle::Top, m_zoom)), c);
            p.drawEllipse(c, 4.5, 4.5);
        } else {
            p.drawRect(QRectF(c.x() - 4, c.y() - 4, 8, 8));
        }
    }
}

// --- input ------------------------------------------------------------------------------------

void CanvasView::mousePressEvent(QMouseEvent *event)
{
    m_retiredTool.reset();
    m_fitPending = false;
    setFocus();
    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && m_spaceHeld)) {
        m_panning = true;
        m_panLast = event->position();
        setCursor(Qt::ClosedHandCursor);
        return;
    }
    if (event->button() != Qt::LeftButton)
        return;
    if (m_textEditor) {
        commitTextEdit();
        if (m_toolKind == ToolKind::Text) {
            setTool(ToolKind::Select);
            return;
        }
    }
    if (m_tool)
        m_tool->press(widgetToCanvas(event->position()), event);
}

void CanvasView::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF c = widgetToCanvas(event->position());
    emit cursorMoved(c);
    if (m_panning) {
        setView(m_zoom, m_offset + (event->position() - m_panLast));
        m_panLast = event->position();
        return;
    }
    if (!(event->buttons() & Qt::LeftButton)) {
        if (m_tool && !m_spaceHeld)
            m_tool->hover(c);
        return;
    }
    if (m_tool)
        m_tool->move(c, event);
}

void CanvasView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning && (event->button() == Qt::MiddleButton || event->button() == Qt::LeftButton)) {
        m_panning = false;
        if (m_spaceHeld)
            setCursor(Qt::OpenHandCursor);
        else
            restoreToolCursor();
        return;
    }
    if (event->button() != Qt::LeftButton)
        return;
    if (m_tool)
        m_tool->release(widgetToCanvas(event->position()), event);
    m_tabletPressure = -1;
}

void CanvasView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && m_tool && !m_panning)
        m_tool->doubleClick(widgetToCanvas(event->position()), event);
}

void CanvasView::tabletEvent(QTabletEvent *event)
{
    // Remember the pressure and let Qt turn the event into mouse events for the tools.
    m_tabletPressure = std::clamp(double(event->pressure()), 0.0, 1.0);
    event->ignore();
}

void CanvasView::wheelEvent(QWheelEvent *event)
{
    m_fitPending = false;
    const QPoint pixels = event->pixelDelta();
    const QPoint angle = event->angleDelta();
    const bool zoomGesture = (event->modifiers() & Qt::ControlModifier) || pixels.isNull();
    if (zoomGesture && !(event->modifiers() & Qt::ShiftModifier)) {
        const double steps = (pixels.isNull() ? angle.y() / 120.0 : pixels.y() / 50.0);
        zoomAbout(std::pow(1.1, steps), event->position());
    } else {
        // Trackpad scrolling (or shift + wheel) pans.
        QPointF d = pixels.isNull() ? QPointF(angle) / 2.0 : QPointF(pixels);
        if (pixels.isNull() && (event->modifiers() & Qt::ShiftModifier))
            d = QPointF(d.y(), d.x());
        setView(m_zoom, m_offset + d);
    }
    event->accept();
}

bool CanvasView::event(QEvent *event)
{
    if (event->type() == QEvent::NativeGesture) {
        auto *g = static_cast<QNativeGestureEvent *>(event);
        if (g->gestureType() == Qt::ZoomNativeGesture) {
            zoomAbout(1.0 + g->value(), g->position());
            return true;
        }
    }
    if (event->type() == QEvent::ShortcutOverride) {
        // Single keys belong to the canvas while it has focus (no text field is focused).
        auto *ke = static_cast<QKeyEvent *>(event);
        if (ke->key() == Qt::Key_Space) {
            event->accept();
            return true;
        }
    }
    return QWidget::event(event);
}

bool CanvasView::handleToolKey(QKeyEvent *event)
{
    if (event->modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier))
        return false;
    const QString text = event->text().toUpper();
    if (text.size() != 1)
        return false;
    static constexpr ToolKind kTools[] = {
        ToolKind::Select,  ToolKind::Hand, ToolKind::Pen,   ToolKind::Eraser, ToolKind::Rect,
        ToolKind::Ellipse, ToolKind::Line, ToolKind::Arrow, ToolKind::Text,   ToolKind::Image};
    for (ToolKind t : kTools) {
        if (toolShortcut(t) == text.at(0)) {
            setTool(t);
            return true;
        }
    }
    if (text == u"D") { // tldraw's draw key
        setTool(ToolKind::Pen);
        return true;
    }
    return false;
}

void CanvasView::keyPressEvent(QKeyEvent *event)
{
    m_fitPending = false;
    const bool shift = event->modifiers() & Qt::ShiftModifier;
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = true;
        setCursor(Qt::OpenHandCursor);
        return;
    }
    if (event->key() == Qt::Key_Escape) {
        if (!(m_tool && m_tool->cancel()))
            clearSelection();
        return;
    }
    if (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) {
        deleteSelection();
        return;
    }
    const double step = shift ? 10 : 1;
    switch (event->key()) {
    case Qt::Key_Left:
        nudge(QPointF(-step, 0));
        return;
    case Qt::Key_Right:
        nudge(QPointF(step, 0));
        return;
    case Qt::Key_Up:
        nudge(QPointF(0, -step));
        return;
    case Qt::Key_Down:
        nudge(QPointF(0, step));
        return;
    default:
        break;
    }
    // Excalidraw's zoom keys: shift+1 fit, shift+2 selection, shift+0 100 %.
    if (event->key() == Qt::Key_Exclam || (shift && event->key() == Qt::Key_1)) {
        zoomToFit();
        return;
    }
    if (event->key() == Qt::Key_At || (shift && event->key() == Qt::Key_2)) {
        zoomToSelection();
        return;
    }
    if (event->key() == Qt::Key_ParenRight || (shift && event->key() == Qt::Key_0)) {
        zoomReset();
        return;
    }
    if (event->matches(QKeySequence::ZoomIn) || event->key() == Qt::Key_Plus ||
        event->key() == Qt::Key_Equal) {
        zoomIn();
        return;
    }
    if (event->matches(QKeySequence::ZoomOut) || event->key() == Qt::Key_Minus) {
        zoomOut();
        return;
    }
    if (event->matches(QKeySequence::SelectAll)) {
        selectAll();
        return;
    }
    if (event->matches(QKeySequence::Copy)) {
        copy();
        return;
    }
    if (event->matches(QKeySequence::Cut)) {
        cut();
        return;
    }
    if (event->matches(QKeySequence::Paste)) {
        paste();
        return;
    }
    if (handleToolKey(event))
        return;
    QWidget::keyPressEvent(event);
}

void CanvasView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = false;
        if (!m_panning)
            restoreToolCursor();
        return;
    }
    QWidget::keyReleaseEvent(event);
}

} // namespace inkboard::canvas
