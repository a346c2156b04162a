// SPDX-License-Identifier: Apache-2.0
#include "canvas_clipboard.h"

#include "blob_store.h"
#include "canvas_view.h"
#include "clipboard_codec.h"
#include "commands/delete.h"
#include "commands/insert_image.h"
#include "commands/paste.h"
#include "exporter.h"
#include "formats/excalidraw_reader.h"
#include "formats/foreign_file.h"

#include <QBuffer>
#include <QClipboard>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMimeData>
#include <QUrl>

namespace inkboard::canvas {

QMimeData *CanvasClipboard::mimeDataForSelection() const
{
    QList<Object> objects;
    QSet<QString> ids;
    for (const SceneItem *item : m_view.selectedItems()) {
        objects.append(item->object);
        ids.insert(item->object.id);
    }
    if (objects.isEmpty())
        return nullptr;
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(kInkboardMimeType),
                  encodeClipboard(ObjectBundle::collect(objects, m_view.blobStore())));
    ExportOptions options;
    options.only = ids;
    options.scale = 2;
    options.transparent = true;
    options.margin = 8;
    const QImage image = Exporter(m_view.scene(), m_view.blobStore()).toImage(options);
    if (!image.isNull())
        mime->setImageData(image);
    return mime;
}

bool CanvasClipboard::accepts(const QMimeData *mime)
{
    return mime->hasUrls() || mime->hasImage() ||
           mime->hasFormat(QString::fromLatin1(kInkboardMimeType));
}

bool CanvasClipboard::paste(const QMimeData *mime, QPointF at)
{
    const QString inkMime = QString::fromLatin1(kInkboardMimeType);
    if (mime->hasFormat(inkMime)) {
        QString error;
        const auto bundle = decodeClipboard(mime->data(inkMime), &error);
        if (!bundle) {
            emit m_view.message(tr("Cannot paste: %1").arg(error));
            return false;
        }
        if (!pasteBundle(*bundle, at, tr("Paste"), &error)) {
            emit m_view.message(error);
            return false;
        }
        return true;
    }
    if (mime->hasText() && ExcalidrawReader::looksLikeScene(mime->text().toUtf8())) {
        // What Excalidraw copies: its scene as text, bounded like a file of it.
        const QByteArray json = mime->text().toUtf8();
        QString error;
        if (json.size() > ForeignLimits::kMaxBytes) {
            emit m_view.message(tr("Cannot paste the Excalidraw elements: they are larger than "
                                   "%1 MB.")
                                    .arg(ForeignLimits::kMaxBytes / (1024 * 1024)));
            return false;
        }
        const auto result = ExcalidrawReader::read(json, &error);
        if (!result) {
            emit m_view.message(tr("Cannot paste the Excalidraw elements: %1").arg(error));
            return false;
        }
        if (!pasteBundle(result->bundle, at, tr("Paste"), &error)) {
            emit m_view.message(error);
            return false;
        }
        if (!result->summary().isEmpty())
            emit m_view.message(result->summary());
        return true;
    }
    if (mime->hasUrls()) {
        bool any = false;
        for (const QUrl &url : mime->urls()) {
            if (!url.isLocalFile())
                continue;
            QString error;
            const bool done = foreignFormatOf(url.toLocalFile()) != ForeignFormat::None
                                  ? importFile(url.toLocalFile(), at, &error)
                                  : insertImageFile(url.toLocalFile(), at, &error);
            if (done)
                any = true;
            else
                emit m_view.message(error);
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
            emit m_view.message(error);
            return false;
        }
        return true;
    }
    if (mime->hasText() && !mime->text().trimmed().isEmpty()) {
        QString id;
        m_view.requestOps(commands::pasteText(mime->text(), at, m_view.styleOf(ToolKind::Text),
                                              m_view.zAbove(), &id),
                          tr("Paste"));
        m_view.setSelection({id});
        return true;
    }
    return false;
}

bool CanvasClipboard::pasteBundle(const ObjectBundle &bundle, QPointF at, const QString &undoText,
                                  QString *error)
{
    if (m_view.isReadOnly())
        return false;
    QString why;
    if (!bundle.storeBlobs(m_view.blobStore(), &why)) {
        if (error)
            *error = tr("Cannot paste the images: %1").arg(why);
        return false;
    }
    if (bundle.objects.isEmpty()) {
        if (error)
            *error = tr("There is nothing Inkboard can draw in it.");
        return false;
    }
    QStringList ids;
    const OpList ops = commands::pasteObjects(bundle.objects, at, m_view.zAbove(), &ids);
    m_view.requestOps(ops, undoText);
    m_view.setSelection(QSet<QString>(ids.begin(), ids.end()));
    return !ops.isEmpty();
}

bool CanvasClipboard::importFile(const QString &path, QPointF canvasCenter, QString *error)
{
    const auto result = ForeignFile::read(path, error);
    if (!result)
        return false;
    if (!pasteBundle(result->bundle, canvasCenter, tr("Import %1").arg(QFileInfo(path).fileName()),
                     error))
        return false;
    if (!result->summary().isEmpty())
        emit m_view.message(result->summary());
    return true;
}

bool CanvasClipboard::insertImage(const QByteArray &bytes, QPointF canvasCenter, QString *error)
{
    if (m_view.isReadOnly())
        return false;
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    BlobStore *blobs = m_view.blobStore();
    if (!blobs)
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
    const QString hash = blobs->put(stored, &storeError);
    if (hash.isEmpty())
        return fail(storeError);
    // Large images come in at a size that fits the view.
    QString id;
    m_view.requestOps(commands::insertImage(hash, size, canvasCenter,
                                            m_view.visibleCanvasRect().size() * 0.8, m_view.style(),
                                            m_view.zAbove(), &id),
                      tr("Insert image"));
    m_view.setSelection({id});
    return true;
}

bool CanvasClipboard::insertImageFile(const QString &path, QPointF canvasCenter, QString *error)
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
    if (!insertImage(file.readAll(), canvasCenter, &why)) {
        if (error)
            *error = tr("%1: %2").arg(QFileInfo(path).fileName(), why);
        return false;
    }
    return true;
}

// --- CanvasView's clipboard, drag and drop and image entry points --------------------------------

QMimeData *CanvasView::mimeDataForSelection() const
{
    return m_clipboard->mimeDataForSelection();
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
    requestOps(deleteOps(), tr("Cut"));
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
    return m_clipboard->paste(mime, at);
}

bool CanvasView::insertImage(const QByteArray &bytes, QPointF canvasCenter, QString *error)
{
    return m_clipboard->insertImage(bytes, canvasCenter, error);
}

bool CanvasView::insertImageFile(const QString &path, QString *error,
                                 std::optional<QPointF> canvasCenter)
{
    return m_clipboard->insertImageFile(path, canvasCenter.value_or(visibleCanvasRect().center()),
                                        error);
}

bool CanvasView::importFile(const QString &path, QString *error,
                            std::optional<QPointF> canvasCenter)
{
    return m_clipboard->importFile(path, canvasCenter.value_or(visibleCanvasRect().center()),
                                   error);
}

void CanvasView::dragEnterEvent(QDragEnterEvent *event)
{
    if (!m_readOnly && CanvasClipboard::accepts(event->mimeData()))
        event->acceptProposedAction();
}

void CanvasView::dropEvent(QDropEvent *event)
{
    if (pasteMimeData(event->mimeData(), widgetToCanvas(event->position())))
        event->acceptProposedAction();
}

} // namespace inkboard::canvas
