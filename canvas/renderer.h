// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "geometry.h"
#include "model/object.h"

#include <QList>
#include <QPainter>
#include <QSet>

namespace inkboard::canvas {

class BlobStore;
struct SceneItem;

// In a set of hidden ids: only this object's label is hidden, not the object.
QString hiddenLabelKey(const QString &objectId);
// The object a hidden id stands for (itself, or the object of a hiddenLabelKey).
QString hiddenObjectId(const QString &hiddenId);

// Paints objects with a QPainter: the canvas, exports (PNG, SVG, PDF) and the clipboard's PNG
// all use this one renderer, so what is exported is what is seen.
class Renderer
{
public:
    explicit Renderer(const BlobStore *blobs = nullptr) : m_blobs(blobs) {}

    void setBlobStore(const BlobStore *blobs) { m_blobs = blobs; }
    // On a dark background every color shows with its lightness inverted (hue kept), so
    // drawings stay readable. Images and exports are left as they are.
    void setDarkMode(bool dark) { m_dark = dark; }
    bool darkMode() const { return m_dark; }
    // Objects smaller than this many device pixels are drawn as a dot (level of detail).
    void setDetailThreshold(double pixels) { m_detailThreshold = pixels; }

    // One object; `view` maps canvas units to the painter's device. `withLabel` false leaves
    // a shape's label out (the label editor covers it).
    void paint(QPainter &p, const Object &object, const Geometry &geometry, const QTransform &view,
               bool withLabel = true) const;
    // Items in render order, skipping the ids in `hidden` (and the labels of the ids that
    // hiddenLabelKey names there).
    void paintItems(QPainter &p, const QList<const SceneItem *> &items, const QTransform &view,
                    const QSet<QString> &hidden = {}) const;

    QColor displayColor(const QColor &c) const;

private:
    const BlobStore *m_blobs = nullptr;
    bool m_dark = false;
    double m_detailThreshold = 0;
};

} // namespace inkboard::canvas
