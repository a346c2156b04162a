// SPDX-License-Identifier: Apache-2.0
#include "headless_export.h"

#include "app_context.h"
#include "command_line.h"
#include "exporter.h"
#include "fonts.h"
#include "formats/foreign_file.h"
#include "inkboard_file.h"
#include "model/replica.h"
#include "scene_index.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTemporaryDir>
#include <cstdio>
#include <memory>

namespace inkboard::app {
namespace {

// The context of this file's strings: lupdate files a tr() under the class it is called in,
// and a free function has none.
struct HeadlessExport
{
    Q_DECLARE_TR_FUNCTIONS(HeadlessExport)
};

// The drawing to render and the images it draws from.
struct Source
{
    Document document;
    QString drawingId;
    QString title;
    std::unique_ptr<QTemporaryDir> scratch; // blobs of a file, never the profile's folder
    std::unique_ptr<canvas::BlobStore> ownBlobs;
    std::unique_ptr<AppContext> context;
    const canvas::BlobStore *blobs = nullptr;
};

bool loadFile(const QString &path, Source *source, QString *error)
{
    std::optional<InkboardFile> file;
    if (canvas::foreignFormatOf(path) != canvas::ForeignFormat::None) {
        // An Excalidraw or SVG file renders as it would open.
        auto imported = canvas::ForeignFile::read(path, error);
        if (!imported)
            return false;
        file.emplace();
        file->bundle = std::move(imported->bundle);
        file->title = QFileInfo(path).completeBaseName();
    } else {
        file = InkboardFile::read(path, error);
    }
    if (!file)
        return false;
    // A file carries its images; they go to a folder of this run's own, so that exporting
    // never writes into anyone's profile.
    source->scratch = std::make_unique<QTemporaryDir>();
    if (!source->scratch->isValid()) {
        *error = HeadlessExport::tr("Cannot make a temporary folder for the images: %1")
                     .arg(source->scratch->errorString());
        return false;
    }
    source->ownBlobs = std::make_unique<canvas::BlobStore>(source->scratch->path());
    if (!file->bundle.storeBlobs(source->ownBlobs.get(), error))
        return false;
    source->blobs = source->ownBlobs.get();
    source->drawingId = file->drawingId;
    source->title = file->title;
    for (const Object &o : file->bundle.objects)
        source->document.apply(Op::create(QString(), o.id, o.type, o.props));
    return true;
}

// What the window would show: the confirmed objects with the pending edits on top.
bool loadDrawing(const CommandLine &cl, Source *source, QString *error)
{
    source->context = AppContext::open(cl.profileDir, error);
    if (!source->context)
        return false;
    sync::LocalStore *store = source->context->store();
    bool ok = false;
    const auto drawing = store->drawing(cl.drawingId, &ok);
    if (!ok) {
        *error = store->lastError();
        return false;
    }
    if (!drawing) {
        *error =
            HeadlessExport::tr("There is no drawing %1 in %2.").arg(cl.drawingId, store->path());
        return false;
    }
    const QList<Object> objects = store->loadObjects(cl.drawingId, &ok);
    const QList<sync::PendingRecord> pending =
        ok ? store->loadPending(cl.drawingId, &ok) : QList<sync::PendingRecord>();
    if (!ok) {
        *error = store->lastError();
        return false;
    }
    Replica replica;
    replica.resetConfirmed(drawing->confirmedRevision, objects);
    for (const sync::PendingRecord &p : pending)
        replica.applyLocal(p.op);
    source->document = replica.visible();
    source->drawingId = drawing->id;
    source->title = drawing->title;
    source->blobs = source->context->blobs();
    return true;
}

bool writeInkboard(const QString &path, const Source &source, const QSet<QString> &only,
                   QString *error)
{
    QList<Object> objects;
    for (const Object &o : source.document.inRenderOrder()) {
        if (only.isEmpty() || only.contains(o.id))
            objects << o;
    }
    InkboardFile file;
    file.drawingId = source.drawingId;
    file.title = source.title;
    file.bundle = canvas::ObjectBundle::collect(objects, source.blobs);
    return file.write(path, error);
}

bool exportSource(const CommandLine &cl, QString *error)
{
    const QString suffix = QFileInfo(cl.exportPath).suffix().toLower();
    const bool inkboard = suffix == QLatin1String(InkboardFile::kSuffix);
    if (!inkboard && suffix != QLatin1String("png") && suffix != QLatin1String("svg") &&
        suffix != QLatin1String("pdf") && suffix != QLatin1String("excalidraw")) {
        *error = HeadlessExport::tr(
                     "%1: the file name must end in .png, .svg, .pdf, .excalidraw or .inkboard.")
                     .arg(cl.exportPath);
        return false;
    }
    Source source;
    if (!(cl.file.isEmpty() ? loadDrawing(cl, &source, error) : loadFile(cl.file, &source, error)))
        return false;
    QSet<QString> only;
    for (const QString &id : cl.exportIds) {
        if (!source.document.contains(id)) {
            *error = HeadlessExport::tr("There is no object %1 in the drawing.").arg(id);
            return false;
        }
        only.insert(id);
    }
    if (inkboard)
        return writeInkboard(cl.exportPath, source, only, error);
    canvas::SceneIndex scene;
    scene.reset(source.document);
    canvas::ExportOptions options;
    options.scale = cl.exportScale;
    options.only = only;
    return canvas::Exporter(scene, source.blobs).save(cl.exportPath, options, error);
}

} // namespace

int runHeadlessExport(const CommandLine &cl, QString *error)
{
    // As the window does: an export looks like the screen, `hand` labels included.
    canvas::registerBundledFonts();
    QString why;
    if (exportSource(cl, &why))
        return 0;
    if (why.isEmpty())
        why = HeadlessExport::tr("%1 could not be written.").arg(cl.exportPath);
    std::fprintf(stderr, "inkboard: %s\n", qPrintable(why));
    if (error)
        *error = why;
    return 1;
}

} // namespace inkboard::app
