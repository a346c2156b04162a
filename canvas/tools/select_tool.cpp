// SPDX-License-Identifier: Apache-2.0
#include "tools/select_tool.h"

#include "commands/prop_change.h"
#include "connectors/follow.h"
#include "connectors/label_position.h"
#include "label_painter.h"
#include "label_target.h"
#include "op_target.h"

#include <QLineF>

namespace inkboard::canvas {

namespace {

bool isTextOrImage(const Object &o)
{
    return o.type == ObjectType::Text || o.type == ObjectType::Image;
}

} // namespace

void SelectTool::press(QPointF p, QMouseEvent *e)
{
    m_startWidget = e->position();
    m_start = p;
    m_dragging = false;
    m_mode = Mode::None;
    const bool shift = e->modifiers() & Qt::ShiftModifier;

    const QList<const SceneItem *> selected = m_view.selectedItems();
    if (const std::optional<End> end = endAt(e->position())) {
        m_end = *end;
        m_mode = Mode::MoveEnd;
        captureOriginals(selected);
        return;
    }
    if (onConnectorLabel(p)) {
        m_mode = Mode::MoveLabel;
        captureOriginals(selected);
        return;
    }
    m_frame = selectionFrame(selected);
    if (m_frame.valid && !m_view.isReadOnly()) {
        for (Handle h : kAllHandles) {
            const QPointF hp = m_view.canvasToWidget(handlePosition(m_frame, h, m_view.zoom()));
            if (QLineF(hp, e->position()).length() <= 7) {
                m_handle = h;
                m_mode = h == Handle::Rotate ? Mode::Rotate : Mode::Resize;
                captureOriginals(selected);
                return;
            }
        }
    }

    const SceneItem *hit = m_view.scene().topmostAt(p, m_view.hitTolerance());
    if (hit) {
        // A click takes the whole group the object is in (one level below the entered ones).
        const QSet<QString> unit = m_view.selectUnitOf(*hit);
        QSet<QString> sel = m_view.selection();
        if (shift) {
            if (sel.contains(hit->object.id))
                sel.subtract(unit);
            else
                sel.unite(unit);
            m_view.setSelection(sel);
        } else if (!sel.contains(hit->object.id)) {
            m_view.setSelection(unit);
        }
        if (m_view.selection().contains(hit->object.id) && !m_view.isReadOnly()) {
            m_mode = Mode::Move;
            captureOriginals(m_view.selectedItems());
        }
        return;
    }
    m_mode = Mode::Marquee;
    m_marqueeBase = shift ? m_view.selection() : QSet<QString>();
    if (!shift) {
        m_view.clearSelection();
        m_view.setEnteredGroups({}); // a click on the empty canvas leaves the groups
    }
}

void SelectTool::move(QPointF p, QMouseEvent *e)
{
    if (!m_dragging && QLineF(m_startWidget, e->position()).length() < kDragThresholdPx)
        return;
    m_dragging = true;
    const bool shift = e->modifiers() & Qt::ShiftModifier;
    switch (m_mode) {
    case Mode::None:
        return;
    case Mode::Marquee: {
        const QRectF r = QRectF(m_start, p).normalized();
        m_view.setMarquee(r);
        m_view.setSelection(m_marqueeBase + marqueeSelection(r));
        return;
    }
    case Mode::Move: {
        QPointF d = p - m_start;
        const bool alongX = std::abs(d.x()) > std::abs(d.y());
        if (shift) // constrain to the main axis
            (alongX ? d.ry() : d.rx()) = 0;
        if (m_view.isSnapping() && !(e->modifiers() & Qt::AltModifier) && !m_movingBox.isNull()) {
            Snap snap = snapBox(m_movingBox.translated(d), m_snapTargets);
            if (shift)
                (alongX ? snap.correction.ry() : snap.correction.rx()) = 0;
            d += snap.correction;
            m_view.setSnapGuides(snap.guides);
        } else {
            m_view.setSnapGuides({});
        }
        QList<Object> preview;
        for (const SceneItem &item : std::as_const(m_originals)) {
            Object o = item.object;
            o.props.insert(QStringLiteral("x"), round2(o.number(QLatin1String("x")) + d.x()));
            o.props.insert(QStringLiteral("y"), round2(o.number(QLatin1String("y")) + d.y()));
            preview.append(o);
        }
        m_view.setPreview(withFollowers(preview, m_view.scene()));
        return;
    }
    case Mode::Resize:
        resizeTo(p, shift, !(e->modifiers() & Qt::AltModifier));
        return;
    case Mode::Rotate:
        rotateTo(p, shift);
        return;
    case Mode::MoveEnd:
        moveEndTo(p, !(e->modifiers() & Qt::AltModifier));
        return;
    case Mode::MoveLabel: {
        if (m_originals.isEmpty())
            return;
        const SceneItem &c = m_originals.first();
        bool ok = false;
        const QPointF local = c.geometry.toCanvas.inverted(&ok).map(p);
        Object moved = c.object;
        moved.props.insert(QStringLiteral("label_pos"), fractionNearest(pointsOf(c.object), local));
        // Connectors bound to the label follow it; the connector's own ends stay bound.
        m_view.setPreview(withFollowers({moved}, m_view.scene(), DraggedEnds::Keep));
        return;
    }
    }
}

QSet<QString> SelectTool::marqueeSelection(const QRectF &r) const
{
    // Whole groups only, those the band covers entirely; locked objects are left out.
    const SceneIndex &scene = m_view.scene();
    QSet<QString> sel;
    QSet<QString> seen;
    for (const SceneItem *item : scene.itemsIn(r)) {
        if (seen.contains(item->object.id) || !r.contains(item->geometry.bounds))
            continue;
        const QSet<QString> unit = m_view.unitOf(*item);
        seen.unite(unit);
        const bool covered = std::all_of(unit.cbegin(), unit.cend(), [&](const QString &id) {
            const SceneItem *member = scene.item(id);
            return !member || r.contains(member->geometry.bounds);
        });
        if (!covered)
            continue;
        for (const QString &id : unit) {
            if (const SceneItem *member = scene.item(id); member && !isLocked(member->object))
                sel.insert(id);
        }
    }
    return sel;
}

bool SelectTool::onConnectorLabel(QPointF p) const
{
    const QList<const SceneItem *> selected = m_view.selectedItems();
    if (m_view.isReadOnly() || selected.size() != 1)
        return false;
    const SceneItem &c = *selected.first();
    if (!isConnector(c.object) || isLocked(c.object) || !c.object.props.contains(key::label))
        return false;
    bool ok = false;
    const QPointF local = c.geometry.toCanvas.inverted(&ok).map(p);
    return ok && labelBox(c.object, c.geometry).contains(local);
}

std::optional<End> SelectTool::endAt(QPointF widgetPos) const
{
    const QList<const SceneItem *> selected = m_view.selectedItems();
    if (m_view.isReadOnly() || selected.size() != 1 || !isConnector(selected.first()->object) ||
        isLocked(selected.first()->object))
        return std::nullopt;
    const QList<QPointF> ends = connectorEnds(*selected.first());
    // The end drawn last wins where both overlap (a very short connector): it is on top.
    for (End end : {End::End, End::Start}) {
        const QPointF at = ends.value(end == End::Start ? 0 : 1);
        if (ends.size() == 2 && QLineF(m_view.canvasToWidget(at), widgetPos).length() <= 8)
            return end;
    }
    return std::nullopt;
}

void SelectTool::moveEndTo(QPointF p, bool bind)
{
    if (m_originals.isEmpty())
        return;
    const SceneIndex &scene = m_view.scene();
    const Object &c = m_originals.first().object;
    // Never onto the shape the other end is bound to: a connector joins two things.
    const std::optional<Binding> other = bindingOf(c, m_end == End::Start ? End::End : End::Start);
    const SceneItem *target =
        bind ? bindTargetAt(scene, p, m_view.hitTolerance(), other ? other->id : QString(), c.id)
             : nullptr;
    m_view.setBindTarget(target ? target->object.id : QString());
    m_view.setPreview(
        {withEndAt(c, m_end, p, target, [&scene](const QString &id) { return scene.item(id); })});
}

void SelectTool::release(QPointF, QMouseEvent *)
{
    const Mode mode = m_mode;
    m_mode = Mode::None;
    if (mode == Mode::Marquee) {
        m_view.setMarquee({});
        return;
    }
    m_view.setBindTarget({});
    m_view.setSnapGuides({});
    if (!m_dragging || mode == Mode::None) {
        m_view.clearPreview();
        return;
    }
    // Against the stored objects: a bound connector's drawn points differ from its stored
    // ones, and the drag stores what it drew (what version-1 readers show).
    OpList ops;
    const QHash<QString, Object> &preview = m_view.previewObjects();
    for (auto it = preview.cbegin(); it != preview.cend(); ++it) {
        const Object *stored = m_view.visible().find(it.key());
        if (!stored)
            continue;
        const QJsonObject props = commands::propsChange(*stored, *it);
        if (!props.isEmpty())
            ops.append(Op::update(newId(), it.key(), props));
    }
    m_view.clearPreview();
    const QString label = mode == Mode::Move        ? QObject::tr("Move")
                          : mode == Mode::Resize    ? QObject::tr("Resize")
                          : mode == Mode::MoveEnd   ? QObject::tr("Move connector end")
                          : mode == Mode::MoveLabel ? QObject::tr("Move label")
                                                    : QObject::tr("Rotate");
    m_view.requestOps(ops, label);
}

void SelectTool::doubleClick(QPointF p, QMouseEvent *)
{
    const SceneItem *hit = m_view.scene().topmostAt(p, m_view.hitTolerance());
    // Into the selected group under the pointer first; the next double-click edits.
    if (hit && m_view.selection().contains(hit->object.id) && m_view.enterGroupOf(*hit))
        return;
    if (m_view.isReadOnly())
        return;
    if (hit && hit->object.type == ObjectType::Text && !isLocked(hit->object))
        m_view.beginTextEdit(hit->object.id, {});
    else if (const SceneItem *shape = labelTargetAt(m_view.scene(), p, m_view.hitTolerance()))
        m_view.beginTextEdit(shape->object.id, {}); // its label
    else if (!hit)
        m_view.beginTextEdit({}, p);
}

void SelectTool::hover(QPointF p)
{
    if (endAt(m_view.canvasToWidget(p))) {
        m_view.setTemporaryCursor(Qt::CrossCursor);
        return;
    }
    const SelectionFrame frame = selectionFrame(m_view.selectedItems());
    if (frame.valid && !m_view.isReadOnly()) {
        const QPointF w = m_view.canvasToWidget(p);
        for (Handle h : kAllHandles) {
            const QPointF hp = m_view.canvasToWidget(handlePosition(frame, h, m_view.zoom()));
            if (QLineF(hp, w).length() <= 7) {
                m_view.setTemporaryCursor(
                    h == Handle::Rotate                                  ? Qt::CrossCursor
                    : (h == Handle::Top || h == Handle::Bottom)          ? Qt::SizeVerCursor
                    : (h == Handle::Left || h == Handle::Right)          ? Qt::SizeHorCursor
                    : (h == Handle::TopLeft || h == Handle::BottomRight) ? Qt::SizeFDiagCursor
                                                                         : Qt::SizeBDiagCursor);
                return;
            }
        }
    }
    m_view.setTemporaryCursor(m_view.scene().topmostAt(p, m_view.hitTolerance()) ? Qt::SizeAllCursor
                                                                                 : Qt::ArrowCursor);
}

bool SelectTool::cancel()
{
    if (m_mode == Mode::None)
        return false;
    m_mode = Mode::None;
    m_view.setMarquee({});
    m_view.setBindTarget({});
    m_view.setSnapGuides({});
    m_view.clearPreview();
    return true;
}

void SelectTool::captureOriginals(const QList<const SceneItem *> &items)
{
    m_originals.clear();
    m_movingBox = QRectF();
    QSet<QString> ids;
    for (const SceneItem *item : items) {
        if (isLocked(item->object))
            continue;
        m_originals.append(*item);
        ids.insert(item->object.id);
        const QRectF box = item->geometry.toCanvas.mapRect(item->geometry.frame);
        m_movingBox = m_movingBox.isNull() ? box : m_movingBox.united(box);
    }
    m_snapTargets = m_view.snapTargets(m_view.scene().withDependents(ids));
    m_frame = selectionFrame(items);
}

void SelectTool::resizeTo(QPointF p, bool keepRatio, bool snap)
{
    // An upright frame's moving edges snap to other objects' edges and centres.
    if (snap && m_view.isSnapping() && m_frame.toCanvas.isTranslating()) {
        const Snap s = snapPoint(p, m_snapTargets);
        p += s.correction;
        m_view.setSnapGuides(s.guides);
    } else {
        m_view.setSnapGuides({});
    }
    bool ok = false;
    const QPointF f = m_frame.toCanvas.inverted(&ok).map(p);
    if (!ok)
        return;
    const QRectF r = m_frame.rect;
    double left = r.left(), right = r.right(), top = r.top(), bottom = r.bottom();
    const Handle h = m_handle;
    const bool movesLeft = h == Handle::TopLeft || h == Handle::Left || h == Handle::BottomLeft;
    const bool movesRight = h == Handle::TopRight || h == Handle::Right || h == Handle::BottomRight;
    const bool movesTop = h == Handle::TopLeft || h == Handle::Top || h == Handle::TopRight;
    const bool movesBottom =
        h == Handle::BottomLeft || h == Handle::Bottom || h == Handle::BottomRight;
    if (movesLeft)
        left = std::min(f.x(), right - 1);
    if (movesRight)
        right = std::max(f.x(), left + 1);
    if (movesTop)
        top = std::min(f.y(), bottom - 1);
    if (movesBottom)
        bottom = std::max(f.y(), top + 1);
    double sx = r.width() > 1e-9 ? (right - left) / r.width() : 1;
    double sy = r.height() > 1e-9 ? (bottom - top) / r.height() : 1;
    if (r.width() <= 1e-9)
        left = r.left(), right = r.right();
    if (r.height() <= 1e-9)
        top = r.top(), bottom = r.bottom();
    if (keepRatio || (m_frame.single && isTextOrImage(m_originals.value(0).object) &&
                      (movesLeft || movesRight) && (movesTop || movesBottom))) {
        // One factor for both axes; the edge handles drive theirs, corners the larger one.
        double s = (movesLeft || movesRight) && (movesTop || movesBottom) ? std::max(sx, sy)
                   : (movesLeft || movesRight)                            ? sx
                                                                          : sy;
        sx = sy = s;
        const double w = r.width() * s, hgt = r.height() * s;
        if (movesLeft)
            left = right - w;
        else if (movesRight)
            right = left + w;
        else {
            left = r.center().x() - w / 2;
            right = left + w;
        }
        if (movesTop)
            top = bottom - hgt;
        else if (movesBottom)
            bottom = top + hgt;
        else {
            top = r.center().y() - hgt / 2;
            bottom = top + hgt;
        }
    }
    const QRectF nr(QPointF(left, top), QPointF(right, bottom));
    QList<Object> preview;
    if (m_frame.single && m_originals.size() == 1) {
        const SceneItem &item = m_originals.first();
        Object o = item.object;
        const QJsonObject props = scaledProps(item, sx, sy, m_frame.toCanvas.map(nr.center()));
        for (auto it = props.begin(); it != props.end(); ++it)
            o.props.insert(it.key(), it.value());
        preview.append(o);
    } else {
        // Several objects: each keeps its place relative to the group's box.
        for (const SceneItem &item : std::as_const(m_originals)) {
            const QPointF c = item.geometry.toCanvas.map(item.geometry.frame.center());
            const QPointF rel((c.x() - r.left()) / std::max(r.width(), 1e-9),
                              (c.y() - r.top()) / std::max(r.height(), 1e-9));
            const QPointF nc(nr.left() + rel.x() * nr.width(), nr.top() + rel.y() * nr.height());
            Object o = item.object;
            const QJsonObject props = scaledProps(item, sx, sy, nc);
            for (auto it = props.begin(); it != props.end(); ++it)
                o.props.insert(it.key(), it.value());
            preview.append(o);
        }
    }
    m_view.setPreview(withFollowers(preview, m_view.scene()));
}

void SelectTool::rotateTo(QPointF p, bool snap)
{
    const QPointF c = m_frame.toCanvas.map(m_frame.rect.center());
    const double a0 = QLineF(c, m_start).angle();
    const double a1 = QLineF(c, p).angle();
    double delta = a0 - a1; // QLineF angles grow counter-clockwise; y grows downwards
    QList<Object> preview;
    for (const SceneItem &item : std::as_const(m_originals)) {
        Object o = item.object;
        double rot = o.number(QLatin1String("rotation")) + delta;
        if (snap)
            rot = std::round(rot / 15) * 15;
        rot = std::remainder(rot, 360.0);
        const double applied = rot - o.number(QLatin1String("rotation"));
        if (!m_frame.single) {
            // Each object's center turns about the group's center.
            QTransform t;
            t.translate(c.x(), c.y());
            t.rotate(applied);
            t.translate(-c.x(), -c.y());
            const QPointF oc = item.geometry.toCanvas.map(item.geometry.frame.center());
            const QPointF d = t.map(oc) - oc;
            o.props.insert(QStringLiteral("x"), round2(o.number(QLatin1String("x")) + d.x()));
            o.props.insert(QStringLiteral("y"), round2(o.number(QLatin1String("y")) + d.y()));
        }
        o.props.insert(QStringLiteral("rotation"), round2(rot));
        preview.append(o);
    }
    m_view.setPreview(withFollowers(preview, m_view.scene()));
}

} // namespace inkboard::canvas
