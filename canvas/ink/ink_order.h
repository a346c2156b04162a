// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QRectF>
#include <QString>

namespace inkboard::canvas {
struct SceneItem;
}

namespace inkboard::canvas::ink {

// The z of a new highlighter stroke over `bounds`: just below the lowest ink stroke it
// overlaps (`overlapping`, in render order), so that it marks ink without covering it, and
// above whatever lies under that stroke. With no ink under it (or z keys of another format),
// `top`: the highlighter goes above everything, as any new object.
QString highlighterZ(const QList<const SceneItem *> &overlapping, const QString &top);

} // namespace inkboard::canvas::ink
