// SPDX-License-Identifier: Apache-2.0
#include "exporter.h"

#include "canvas_view.h"
#include "clipboard_codec.h"
#include "formats/excalidraw_writer.h"
#include "renderer.h"
#include "scene_index.h"

#include <QBuffer>
#include <QFileInfo>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace inkboard::canvas {

namespace {

bool commitOrFail(QSaveFile &file, QString *error)
{
    if (file.error() != QFileDevice::NoError || !file.commit()) {
        if (error)
            *error = QObject::tr("Cannot write %1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    return true;
}

bool openOrFail(QSaveFile &file, QString *error)
{
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QObject::tr("Cannot write %1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    return true;
}

bool nothingToExport(const QRectF &source, QString *error)
{
    if (!source.isNull())
        return false;
    if (error)
        *error = QObject::tr("There is nothing to export.");
    return true;
}

} // namespace

QList<const SceneItem *> Exporter::itemsFor(const ExportOptions &options) const
{
    QList<const SceneItem *> items = m_scene.allInRenderOrder();
    if (!options.only.isEmpty())
        items.removeIf([&](const SceneItem *i) { return !options.only.contains(i->object.id); });
    return items;
}

QRectF Exporter::sourceRect(const ExportOptions &options) const
{
    QRectF r;
    for (const SceneItem *i : itemsFor(options))
        r = r.united(i->geometry.bounds);
    if (r.isNull())
        return r;
    return r.adjusted(-options.margin, -options.margin, options.margin, options.margin);
}

QImage Exporter::toImage(const ExportOptions &options, QString *error) const
{
    const QRectF src = sourceRect(options);
    if (nothingToExport(src, error))
        return {};
    const QSize size(std::max(1, int(std::ceil(src.width() * options.scale))),
                     std::max(1, int(std::ceil(src.height() * options.scale))));
    if (size.width() > kMaxSide || size.height() > kMaxSide) {
        if (error)
            *error = QObject::tr("The image would be %1 x %2 pixels; at most %3 on a side. "
                                 "Export at a smaller scale.")
                         .arg(size.width())
                         .arg(size.height())
                         .arg(kMaxSide);
        return {};
    }
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull()) {
        if (error)
            *error = QObject::tr("Not enough memory for a %1 x %2 image.")
                         .arg(size.width())
                         .arg(size.height());
        return {};
    }
    image.fill(options.transparent ? QColor(Qt::transparent) : options.background);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    QTransform view;
    view.scale(options.scale, options.scale);
    view.translate(-src.left(), -src.top());
    Renderer(m_blobs).paintItems(p, itemsFor(options), view);
    if (options.overlay)
        options.overlay->paintOverlay(p, view);
    p.end();
    return image;
}

bool Exporter::savePng(const QString &path, const ExportOptions &options, QString *error) const
{
    const QImage image = toImage(options, error);
    if (image.isNull())
        return false;
    QSaveFile file(path);
    if (!openOrFail(file, error))
        return false;
    if (!image.save(&file, "PNG")) {
        file.cancelWriting();
        if (error)
            *error = QObject::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return commitOrFail(file, error);
}

bool Exporter::saveSvg(const QString &path, const ExportOptions &options, QString *error) const
{
    const QRectF src = sourceRect(options);
    if (nothingToExport(src, error))
        return false;
    QSaveFile file(path);
    if (!openOrFail(file, error))
        return false;
    QSvgGenerator svg;
    svg.setOutputDevice(&file);
    svg.setSize(src.size().toSize());
    svg.setViewBox(QRectF(QPointF(0, 0), src.size()));
    svg.setTitle(QFileInfo(path).completeBaseName());
    svg.setDescription(QStringLiteral("Made with Inkboard"));
    QPainter p;
    if (!p.begin(&svg)) {
        file.cancelWriting();
        if (error)
            *error = QObject::tr("Cannot start the SVG writer.");
        return false;
    }
    p.setRenderHint(QPainter::Antialiasing);
    if (!options.transparent)
        p.fillRect(QRectF(QPointF(0, 0), src.size()), options.background);
    QTransform view;
    view.translate(-src.left(), -src.top());
    Renderer(m_blobs).paintItems(p, itemsFor(options), view);
    if (options.overlay)
        options.overlay->paintOverlay(p, view);
    p.end();
    return commitOrFail(file, error);
}

bool Exporter::savePdf(const QString &path, const ExportOptions &options, QString *error) const
{
    const QRectF src = sourceRect(options);
    if (nothingToExport(src, error))
        return false;
    QSaveFile file(path);
    if (!openOrFail(file, error))
        return false;
    {
        QPdfWriter pdf(&file);
        pdf.setResolution(72); // one canvas unit is one point
        pdf.setPageSize(QPageSize(src.size(), QPageSize::Point));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setTitle(QFileInfo(path).completeBaseName());
        pdf.setCreator(QStringLiteral("Inkboard"));
        QPainter p;
        if (!p.begin(&pdf)) {
            file.cancelWriting();
            if (error)
                *error = QObject::tr("Cannot start the PDF writer.");
            return false;
        }
        p.setRenderHint(QPainter::Antialiasing);
        QTransform view;
        view.translate(-src.left(), -src.top());
        Renderer(m_blobs).paintItems(p, itemsFor(options), view);
        if (options.overlay)
            options.overlay->paintOverlay(p, view);
        if (options.overlay)
            options.overlay->paintOverlay(p, view);
        p.end();
    }
    return commitOrFail(file, error);
}

bool Exporter::saveExcalidraw(const QString &path, const ExportOptions &options,
                              QString *error) const
{
    QList<Object> objects;
    for (const SceneItem *item : itemsFor(options))
        objects.append(item->object);
    const QByteArray bytes = ExcalidrawWriter::file(ObjectBundle::collect(objects, m_blobs));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = QObject::tr("Cannot write %1: %2")
                         .arg(QFileInfo(path).fileName(), file.errorString());
        return false;
    }
    return true;
}

bool Exporter::save(const QString &path, const ExportOptions &options, QString *error) const
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"svg")
        return saveSvg(path, options, error);
    if (suffix == u"pdf")
        return savePdf(path, options, error);
    if (suffix == u"png")
        return savePng(path, options, error);
    if (suffix == u"excalidraw")
        return saveExcalidraw(path, options, error);
    if (error)
        *error = QObject::tr("Unknown export format \"%1\": use .png, .svg, .pdf or .excalidraw.")
                     .arg(suffix);
    return false;
}

} // namespace inkboard::canvas
