// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QColor>
#include <QImage>
#include <QRectF>
#include <QSet>
#include <QString>

namespace inkboard::canvas {

class BlobStore;
class CanvasOverlay;
class SceneIndex;
struct SceneItem;

struct ExportOptions
{
    double scale = 1.0;       // PNG pixels per canvas unit
    bool transparent = false; // PNG only: no background
    QSet<QString> only;       // export just these objects (the selection); empty: all
    double margin = 16;       // canvas units around the drawing
    QColor background = Qt::white;
    // Painted over the drawing in export coordinates (the window's comment markers, when the
    // export dialog is asked for them); none by default: exports hold only the drawing.
    CanvasOverlay *overlay = nullptr;
};

// Exports the drawing (or some objects) to PNG, SVG and PDF with the canvas's renderer, always
// in light colors. Files are written atomically (QSaveFile); failures come back as a message.
class Exporter
{
public:
    static constexpr int kMaxSide = 16384;

    Exporter(const SceneIndex &scene, const BlobStore *blobs) : m_scene(scene), m_blobs(blobs) {}

    // The canvas area exported: the objects' bounds plus the margin (null when nothing).
    QRectF sourceRect(const ExportOptions &options) const;
    QImage toImage(const ExportOptions &options, QString *error = nullptr) const;

    bool savePng(const QString &path, const ExportOptions &options, QString *error) const;
    bool saveSvg(const QString &path, const ExportOptions &options, QString *error) const;
    bool savePdf(const QString &path, const ExportOptions &options, QString *error) const;
    // The objects as an Excalidraw scene (formats/excalidraw_writer.h), images embedded.
    bool saveExcalidraw(const QString &path, const ExportOptions &options, QString *error) const;
    // By the file's suffix (.png, .svg, .pdf, .excalidraw).
    bool save(const QString &path, const ExportOptions &options, QString *error) const;

private:
    QList<const SceneItem *> itemsFor(const ExportOptions &options) const;

    const SceneIndex &m_scene;
    const BlobStore *m_blobs;
};

} // namespace inkboard::canvas
