// SPDX-License-Identifier: Apache-2.0
#include "file_flows.h"

#include "app_context.h"
#include "blob_store.h"
#include "canvas_view.h"
#include "client/sync_session.h"
#include "comments/comments_controller.h"
#include "export_dialog.h"
#include "exporter.h"
#include "formats/foreign_file.h"
#include "inkboard_file.h"
#include "logging.h"
#include "main_window.h"
#include "op_target.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QImageReader>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>

namespace inkboard::app {

namespace {

constexpr int kImportBatch = 500;

QString fileFilter()
{
    return QObject::tr("Inkboard drawings (*.inkboard);;All files (*)");
}

QString openFilter()
{
    return QObject::tr("Drawings (*.inkboard *.excalidraw *.svg);;Inkboard drawings (*.inkboard)") +
           QStringLiteral(";;") + canvas::ForeignFile::dialogFilters() + QStringLiteral(";;") +
           QObject::tr("All files (*)");
}

// Each file dialog starts in the folder it was last used in (`key` in the settings).
QString lastFolder(QSettings &settings, const QString &key,
                   QStandardPaths::StandardLocation otherwise)
{
    return settings.value(key, QStandardPaths::writableLocation(otherwise)).toString();
}

void rememberFolder(QSettings &settings, const QString &key, const QString &path)
{
    settings.setValue(key, QFileInfo(path).absolutePath());
}

} // namespace

FileFlows::FileFlows(MainWindow *window)
    : QObject(window), m_window(window), m_context(window->context()), m_canvas(window->canvas())
{}

bool FileFlows::openFile(const QString &path, QString *error)
{
    if (canvas::foreignFormatOf(path) != canvas::ForeignFormat::None) {
        const auto result = canvas::ForeignFile::read(path, error);
        if (!result ||
            !openBundle(result->bundle, {}, QFileInfo(path).completeBaseName(), path, error))
            return false;
        // Not made the drawing's file: Save asks for a .inkboard file, never writes over this.
        if (!result->summary().isEmpty())
            m_window->showMessage(result->summary(), false);
        return true;
    }
    const auto file = InkboardFile::read(path, error);
    if (!file)
        return false;
    if (!openBundle(file->bundle, file->drawingId, file->title, path, error))
        return false;
    m_context->setFileOf(m_window->drawingId(), QFileInfo(path).absoluteFilePath());
    return true;
}

bool FileFlows::openBundle(const canvas::ObjectBundle &bundle, const QString &fileDrawingId,
                           const QString &fileTitle, const QString &path, QString *error)
{
    QString why;
    if (!bundle.storeBlobs(m_context->blobs(), &why)) {
        if (error)
            *error = tr("Cannot open %1: %2").arg(QFileInfo(path).fileName(), why);
        return false;
    }
    // The file's own id when this computer does not have that drawing yet.
    QString id = fileDrawingId;
    if (id.isEmpty() || m_context->store()->drawing(id))
        id = canvas::newId();
    const QString title = fileTitle.isEmpty() ? QFileInfo(path).completeBaseName() : fileTitle;
    if (!m_context->store()->createDrawing(sync::DrawingRecord::local(id, title))) {
        if (error)
            *error = tr("Cannot open %1: %2")
                         .arg(QFileInfo(path).fileName(), m_context->store()->lastError());
        return false;
    }
    emit m_context->drawingsChanged();
    if (!m_window->openDrawing(id, error))
        return false;
    // The objects arrive as create ops through the one edit path (persisted before shown),
    // in bounded batches; they are not an undoable edit.
    OpList batch;
    for (const Object &o : bundle.objects) {
        batch.append(Op::create(canvas::newId(), o.id, o.type, o.props));
        if (batch.size() == kImportBatch) {
            m_window->session()->submit(batch);
            batch.clear();
        }
    }
    if (!batch.isEmpty())
        m_window->session()->submit(batch);
    m_context->noteRecentFile(QFileInfo(path).absoluteFilePath());
    m_canvas->zoomToFit();
    qCInfo(lcApp).noquote() << "imported" << path << "as" << id << "with" << bundle.objects.size()
                            << "objects";
    return true;
}

bool FileFlows::saveToFile(const QString &path, QString *error)
{
    if (!m_window->session()) {
        if (error)
            *error = tr("No drawing is open.");
        return false;
    }
    m_canvas->commitTextEdit();
    InkboardFile file;
    file.drawingId = m_window->drawingId();
    file.title = m_window->drawingTitle();
    const Document &doc = m_window->session()->replica().visible();
    file.bundle = canvas::ObjectBundle::collect(doc.inRenderOrder(), m_context->blobs());
    if (!file.write(path, error))
        return false;
    m_context->setFileOf(m_window->drawingId(), QFileInfo(path).absoluteFilePath());
    m_context->noteRecentFile(QFileInfo(path).absoluteFilePath());
    m_window->statusBar()->showMessage(tr("Saved to %1").arg(QFileInfo(path).fileName()), 4000);
    return true;
}

bool FileFlows::exportTo(const QString &path, const canvas::ExportOptions &options, QString *error)
{
    m_canvas->commitTextEdit();
    return canvas::Exporter(m_canvas->scene(), m_context->blobs()).save(path, options, error);
}

void FileFlows::openDialog()
{
    const QString dir = lastFolder(m_context->settings(), QStringLiteral("dirs/files"),
                                   QStandardPaths::DocumentsLocation);
    const QString path =
        QFileDialog::getOpenFileName(m_window, tr("Open Drawing File"), dir, openFilter());
    if (path.isEmpty())
        return;
    rememberFolder(m_context->settings(), QStringLiteral("dirs/files"), path);
    QString error;
    if (!openFile(path, &error))
        m_window->showMessage(error);
}

void FileFlows::importDialog()
{
    if (!m_window->session() || m_canvas->isReadOnly()) {
        m_window->showMessage(tr("Open a drawing you can edit to import into it."));
        return;
    }
    const QString dir = lastFolder(m_context->settings(), QStringLiteral("dirs/files"),
                                   QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Add Objects from a File"), dir,
        canvas::ForeignFile::dialogFilters() + QStringLiteral(";;") + tr("All files (*)"));
    if (path.isEmpty())
        return;
    rememberFolder(m_context->settings(), QStringLiteral("dirs/files"), path);
    QString error;
    if (!m_canvas->importFile(path, &error))
        m_window->showMessage(error);
}

void FileFlows::save()
{
    const QString path = m_context->fileOf(m_window->drawingId());
    if (path.isEmpty()) {
        saveAs();
        return;
    }
    QString error;
    if (!saveToFile(path, &error))
        m_window->showMessage(error);
}

void FileFlows::saveAs()
{
    QString suggested = m_context->fileOf(m_window->drawingId());
    if (suggested.isEmpty())
        suggested = lastFolder(m_context->settings(), QStringLiteral("dirs/files"),
                               QStandardPaths::DocumentsLocation) +
                    u'/' + m_window->drawingTitle() + QStringLiteral(".inkboard");
    QString path =
        QFileDialog::getSaveFileName(m_window, tr("Save Drawing to File"), suggested, fileFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".inkboard");
    rememberFolder(m_context->settings(), QStringLiteral("dirs/files"), path);
    QString error;
    if (!saveToFile(path, &error))
        m_window->showMessage(error);
}

void FileFlows::exportDialog()
{
    ExportDialog dialog(!m_canvas->selection().isEmpty(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString format = dialog.format();
    const QString dir = lastFolder(m_context->settings(), QStringLiteral("dirs/export"),
                                   QStandardPaths::PicturesLocation);
    QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export"), dir + u'/' + m_window->drawingTitle() + u'.' + format,
        format == u"excalidraw" ? tr("Excalidraw drawings (*.excalidraw)")
                                : tr("%1 files (*.%2)").arg(format.toUpper(), format));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().toLower() != format)
        path += u'.' + format;
    rememberFolder(m_context->settings(), QStringLiteral("dirs/export"), path);
    QString error;
    canvas::ExportOptions options = dialog.options(m_canvas->selection());
    if (dialog.includesComments())
        options.overlay = m_window->comments()->overlay();
    if (exportTo(path, options, &error))
        m_window->statusBar()->showMessage(tr("Exported %1").arg(QFileInfo(path).fileName()), 4000);
    else
        m_window->showMessage(error);
}

void FileFlows::insertImage(QPointF canvasCenter)
{
    QStringList patterns;
    for (const QByteArray &f : QImageReader::supportedImageFormats())
        patterns << QStringLiteral("*.") + QString::fromLatin1(f);
    const QString dir = lastFolder(m_context->settings(), QStringLiteral("dirs/images"),
                                   QStandardPaths::PicturesLocation);
    const QString path =
        QFileDialog::getOpenFileName(m_window, tr("Insert Image"), dir,
                                     tr("Images (%1);;All files (*)").arg(patterns.join(u' ')));
    if (path.isEmpty())
        return;
    rememberFolder(m_context->settings(), QStringLiteral("dirs/images"), path);
    QString error;
    if (!m_canvas->insertImageFile(path, &error, canvasCenter))
        m_window->showMessage(error);
}

} // namespace inkboard::app
