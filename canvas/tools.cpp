#include "tools.h"

#include "model/limits.h"
#include "op_target.h"

#include <QJsonArray>
#include <QLineF>
#include <QtMath>
#include <cmath>

namespace inkboard::canvas {

namespace {

constexpr double kDragThresholdPx = 3;
constexpr double kHandleOffsetPx = 24;

double round2(double v)
{
    return std::round(v * 100) / 100;
}

bool isTextOrImage(const Object &o)
{
    return o.type == ObjectType::Text || o.type == ObjectType::Image;
}

QJsonObject changedProps(const Object &before, const Object &after)
{
    QJsonObject changed;
    for (auto it = after.props.constBegin(); it != after.props.constEnd(); ++it) {
        if (before.props.value(it.key()) != it.value())
            changed.insert(it.key(), it.value());
    }
    return changed;
}

// ---------------------------------------------------------------------------------------------
class SelectTool : public Tool
{
public:
    using Tool::Tool;

    void press(QPointF p, QMouseEvent *e) override
    {
        m_startWidget = e->position();
        m_start = p;
        m_dragging = false;
        m_mode = Mode::None;
        const bool shift = e->modifiers() & Qt::ShiftModifier;

        const QList<const SceneItem *> selected = m_view.selectedItems();
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
            QSet<QString> sel = m_view.selection();
            if (shift) {
                if (sel.contains(hit->object.id))
                    sel.remove(hit->object.id);
                else
                    sel.insert(hit->object.id);
                m_view.setSelection(sel);
            } else if (!sel.contains(hit->object.id)) {
                m_view.setSelection({hit->object.id});
            }
            if (m_view.selection().contains(hit->object.id) && !m_view.isReadOnly()) {
                m_mode = Mode::Move;
                captureOriginals(m_view.selectedItems());
            }
            return;
        }
        m_mode = Mode::Marquee;
        m_marqueeBase = shift ? m_view.selection() : QSet<QString>();
        if (!shift)
            m_view.clearSelection();
    }

    void move(QPointF p, QMouseEvent *e) override
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
            QSet<QString> sel = m_marqueeBase;
            for (const SceneItem *item : m_view.scene().itemsIn(r)) {
                if (r.contains(item->geometry.bounds))
                    sel.insert(item->object.id);
            }
            m_view.setSelection(sel);
            return;
        }
        case Mode::Move: {
            QPointF d = p - m_start;
            if (shift) // constrain to the main axis
                (std::abs(d.x()) > std::abs(d.y()) ? d.ry() : d.rx()) = 0;
            QList<Object> preview;
            for (const SceneItem &item : std::as_const(m_originals)) {
                Object o = item.object;
                o.props.insert(QStringLiteral("x"), round2(o.number(QLatin1String("x")) + d.x()));
                o.props.insert(QStringLiteral("y"), round2(o.number(QLatin1String("y")) + d.y()));
                preview.append(o);
            }
            m_view.setPreview(preview);
            return;
        }
        case Mode::Resize:
            resizeTo(p, shift);
            return;
        case Mode::Rotate:
            rotateTo(p, shift);
            return;
        }
    }

    void release(QPointF, QMouseEvent *) override
    {
        const Mode mode = m_mode;
        m_mode = Mode::None;
        if (mode == Mode::Marquee) {
            m_view.setMarquee({});
            return;
        }
        if (!m_dragging || mode == Mode::None) {
            m_view.clearPreview();
            return;
        }
        OpList ops;
        for (const SceneItem &item : std::as_const(m_originals)) {
            const auto it = m_view.previewObjects().constFind(item.object.id);
            if (it == m_view.previewObjects().cend())
                continue;
            const QJsonObject props = changedProps(item.object, *it);
            if (!props.isEmpty())
                ops.append(Op::update(newId(), item.object.id, props));
        }
        m_view.clearPreview();
        const QString label = mode == Mode::Move     ? QObject::tr("Move")
                              : mode == Mode::Resize ? QObject::tr("Resize")
                                                     : QObject::tr("Rotate");
        m_view.requestOps(ops, label);
    }

    void doubleClick(QPointF p, QMouseEvent *) override
    {
        if (m_view.isReadOnly())
            return;
        const SceneItem *hit = m_view.scene().topmostAt(p, m_view.hitTolerance());
        if (hit && hit->object.type == ObjectType::Text && !isLocked(hit->object))
            m_view.beginTextEdit(hit->object.id, {});
        else if (!hit)
            m_view.beginTextEdit({}, p);
    }

    void hover(QPointF p) override
    {
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
        m_view.setTemporaryCursor(m_view.scene().topmostAt(p, m_view.hitTolerance())
                                      ? Qt::SizeAllCursor
                                      : Qt::ArrowCursor);
    }

    bool cancel() override
    {
        if (m_mode == Mode::None)
            return false;
        m_mode = Mode::None;
        m_view.setMarquee({});
        m_view.clearPreview();
        return true;
    }

    QCursor cursor() const override { return Qt::ArrowCursor; }

private:
    enum class Mode
    {
        None,
        Move,
        Resize,
        Rotate,
        Marquee
    };

    void captureOriginals(const QList<const SceneItem *> &items)
    {
        m_originals.clear();
        for (const SceneItem *item : items) {
            if (!isLocked(item->object))
                m_originals.append(*item);
        }
        m_frame = selectionFrame(items);
    }

    void resizeTo(QPointF p, bool keepRatio)
    {
        bool ok = false;
        const QPointF f = m_frame.toCanvas.inverted(&ok).map(p);
        if (!ok)
            return;
        const QRectF r = m_frame.rect;
        double left = r.left(), right = r.right(), top = r.top(), bottom = r.bottom();
        const Handle h = m_handle;
        const bool movesLeft = h == Handle::TopLeft || h == Handle::Left || h == Handle::BottomLeft;
        const bool movesRight =
            h == Handle::TopRight || h == Handle::Right || h == Handle::BottomRight;
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
                const QPointF nc(nr.left() + rel.x() * nr.width(),
                                 nr.top() + rel.y() * nr.height());
                Object o = item.object;
                const QJsonObject props = scaledProps(item, sx, sy, nc);
                for (auto it = props.begin(); it != props.end(); ++it)
                    o.props.insert(it.key(), it.value());
                preview.append(o);
            }
        }
        m_view.setPreview(preview);
    }

    void rotateTo(QPointF p, bool snap)
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
        m_view.setPreview(preview);
    }

    Mode m_mode = Mode::None;
    Handle m_handle = Handle::None;
    bool m_dragging = false;
    QPointF m_start;
    QPointF m_startWidget;
    SelectionFrame m_frame;
    QList<SceneItem> m_originals;
    QSet<QString> m_marqueeBase;
};

// ---------------------------------------------------------------------------------------------
class HandTool : public Tool
{
public:
    using Tool::Tool;
    void press(QPointF, QMouseEvent *e) override
    {
        m_last = e->position();
        m_active = true;
        m_view.setTemporaryCursor(Qt::ClosedHandCursor);
    }
    void move(QPointF, QMouseEvent *e) override
    {
        if (!m_active)
            return;
        m_view.setView(m_view.zoom(), m_view.offset() + (e->position() - m_last));
        m_last = e->position();
    }
    void release(QPointF, QMouseEvent *) override
    {
        m_active = false;
        m_view.restoreToolCursor();
    }
    QCursor cursor() const override { return Qt::OpenHandCursor; }

private:
    QPointF m_last;
    bool m_active = false;
};

// ---------------------------------------------------------------------------------------------
class PenTool : public Tool
{
public:
    using Tool::Tool;

    void press(QPointF p, QMouseEvent *) override
    {
        m_points.clear();
        m_id = newId();
        m_active = true;
        add(p);
    }
    void move(QPointF p, QMouseEvent *) override
    {
        if (!m_active)
            return;
        if (QLineF(m_points.last().pos, p).length() * m_view.zoom() < 1.0)
            return;
        add(p);
        if (m_points.size() >= Limits().maxPointsPerStroke) {
            // A very long stroke continues as a new object rather than breaking the limit.
            commit();
            m_points.clear();
            m_id = newId();
            add(p);
        }
    }
    void release(QPointF p, QMouseEvent *) override
    {
        if (!m_active)
            return;
        if (m_points.isEmpty() || QLineF(m_points.last().pos, p).length() > 0)
            add(p);
        commit();
        m_active = false;
        m_points.clear();
        m_view.clearPreview();
    }
    bool cancel() override
    {
        if (!m_active)
            return false;
        m_active = false;
        m_points.clear();
        m_view.clearPreview();
        return true;
    }

private:
    struct Sample
    {
        QPointF pos;
        double pressure;
    };

    void add(QPointF p)
    {
        m_points.append({p, m_view.pointerPressure()});
        m_view.setPreview({object()});
    }

    Object object() const
    {
        const QPointF origin = m_points.first().pos;
        QJsonArray pts;
        // A light smoothing of the raw samples (each point pulled toward its neighbors).
        for (qsizetype i = 0; i < m_points.size(); ++i) {
            QPointF q = m_points[i].pos;
            if (i > 0 && i + 1 < m_points.size())
                q = (m_points[i - 1].pos + 2 * q + m_points[i + 1].pos) / 4;
            pts.append(round2(q.x() - origin.x()));
            pts.append(round2(q.y() - origin.y()));
            pts.append(round2(std::clamp(m_points[i].pressure, 0.0, 1.0)));
        }
        QJsonObject props = m_view.style().toProps(ObjectType::Stroke);
        props.insert(QStringLiteral("x"), round2(origin.x()));
        props.insert(QStringLiteral("y"), round2(origin.y()));
        props.insert(QStringLiteral("points"), pts);
        props.insert(QStringLiteral("z"), m_view.zAbove());
        return Object{m_id, ObjectType::Stroke, props};
    }

    void commit()
    {
        const Object o = object();
        m_view.requestOps({Op::create(newId(), o.id, o.type, o.props)}, QObject::tr("Draw"));
    }

    QList<Sample> m_points;
    QString m_id;
    bool m_active = false;
};

// ---------------------------------------------------------------------------------------------
class EraserTool : public Tool
{
public:
    using Tool::Tool;

    void press(QPointF p, QMouseEvent *) override
    {
        m_active = true;
        m_erased.clear();
        m_last = p;
        eraseAlong(p, p);
    }
    void move(QPointF p, QMouseEvent *) override
    {
        if (!m_active)
            return;
        eraseAlong(m_last, p);
        m_last = p;
    }
    void release(QPointF, QMouseEvent *) override
    {
        if (!m_active)
            return;
        m_active = false;
        OpList ops;
        for (const QString &id : std::as_const(m_erased))
            ops.append(Op::remove(newId(), id));
        m_erased.clear();
        m_view.clearPreview();
        m_view.requestOps(ops, QObject::tr("Erase"));
    }
    bool cancel() override
    {
        if (!m_active)
            return false;
        m_active = false;
        m_erased.clear();
        m_view.clearPreview();
        return true;
    }

private:
    void eraseAlong(QPointF a, QPointF b)
    {
        const double tol = m_view.hitTolerance();
        const QRectF area = QRectF(a, b).normalized().adjusted(-tol, -tol, tol, tol);
        bool changed = false;
        for (const SceneItem *item : m_view.scene().itemsIn(area)) {
            if (m_erased.contains(item->object.id) || isLocked(item->object))
                continue;
            if (hitTestSegment(item->object, item->geometry, a, b, tol)) {
                m_erased.insert(item->object.id);
                changed = true;
            }
        }
        if (changed)
            m_view.setPreview({}, m_erased);
    }

    QSet<QString> m_erased;
    QPointF m_last;
    bool m_active = false;
};

// ---------------------------------------------------------------------------------------------
class ShapeTool : public Tool
{
public:
    ShapeTool(CanvasView &view, ObjectType type) : Tool(view), m_type(type) {}

    void press(QPointF p, QMouseEvent *e) override
    {
        m_start = p;
        m_startWidget = e->position();
        m_id = newId();
        m_active = true;
        m_current.reset();
    }
    void move(QPointF p, QMouseEvent *e) override
    {
        if (!m_active)
            return;
        if (!m_current && QLineF(m_startWidget, e->position()).length() < kDragThresholdPx)
            return;
        m_current = object(p, e->modifiers() & Qt::ShiftModifier);
        m_view.setPreview({*m_current});
    }
    void release(QPointF, QMouseEvent *) override
    {
        if (!m_active)
            return;
        m_active = false;
        m_view.clearPreview();
        if (!m_current)
            return; // a click without a drag draws nothing
        const Object o = *m_current;
        m_current.reset();
        m_view.requestOps({Op::create(newId(), o.id, o.type, o.props)},
                          QObject::tr("Draw %1").arg(objectTypeName(o.type)));
        m_view.setSelection({o.id});
        m_view.setTool(ToolKind::Select);
    }
    bool cancel() override
    {
        if (!m_active)
            return false;
        m_active = false;
        m_current.reset();
        m_view.clearPreview();
        return true;
    }

private:
    Object object(QPointF p, bool constrain) const
    {
        QJsonObject props = m_view.style().toProps(m_type);
        props.insert(QStringLiteral("z"), m_view.zAbove());
        if (m_type == ObjectType::Line || m_type == ObjectType::Arrow) {
            QPointF d = p - m_start;
            if (constrain) { // snap the angle to 15 degrees
                QLineF l(QPointF(), d);
                l.setAngle(std::round(l.angle() / 15) * 15);
                d = l.p2();
            }
            props.insert(QStringLiteral("x"), round2(m_start.x()));
            props.insert(QStringLiteral("y"), round2(m_start.y()));
            props.insert(QStringLiteral("points"), QJsonArray{0, 0, round2(d.x()), round2(d.y())});
        } else {
            QPointF d = p - m_start;
            if (constrain) { // a square or a circle
                const double s = std::max(std::abs(d.x()), std::abs(d.y()));
                d = QPointF(d.x() < 0 ? -s : s, d.y() < 0 ? -s : s);
            }
            const QRectF r = QRectF(m_start, m_start + d).normalized();
            props.insert(QStringLiteral("x"), round2(r.x()));
            props.insert(QStringLiteral("y"), round2(r.y()));
            props.insert(QStringLiteral("w"), round2(r.width()));
            props.insert(QStringLiteral("h"), round2(r.height()));
        }
        return Object{m_id, m_type, props};
    }

    ObjectType m_type;
    QPointF m_start;
    QPointF m_startWidget;
    QString m_id;
    bool m_active = false;
    std::optional<Object> m_current;
};

// ---------------------------------------------------------------------------------------------
class TextTool : public Tool
{
public:
    using Tool::Tool;
    void press(QPointF p, QMouseEvent *) override
    {
        const SceneItem *hit =
            m_view.scene().topmostAt(p, m_view.hitTolerance(), [](const SceneItem &i) {
                return i.object.type == ObjectType::Text && !isLocked(i.object);
            });
        if (hit)
            m_view.beginTextEdit(hit->object.id, {});
        else
            m_view.beginTextEdit({}, p);
    }
    void move(QPointF, QMouseEvent *) override {}
    void release(QPointF, QMouseEvent *) override {}
    QCursor cursor() const override { return Qt::IBeamCursor; }
};

} // namespace

SelectionFrame selectionFrame(const QList<const SceneItem *> &items)
{
    SelectionFrame f;
    if (items.isEmpty())
        return f;
    f.valid = true;
    if (items.size() == 1) {
        f.single = true;
        // The object's own box, so that handles resize exactly what the props say.
        const Geometry &g = items.first()->geometry;
        f.rect = g.frame;
        f.toCanvas = g.toCanvas;
        return f;
    }
    for (const SceneItem *i : items)
        f.rect = f.rect.united(i->geometry.bounds);
    return f;
}

QPointF handlePosition(const SelectionFrame &f, Handle h, double zoom)
{
    const QRectF r = f.rect;
    QPointF p;
    switch (h) {
    case Handle::None:
        p = r.center();
        break;
    case Handle::TopLeft:
        p = r.topLeft();
        break;
    case Handle::Top:
        p = QPointF(r.center().x(), r.top());
        break;
    case Handle::TopRight:
        p = r.topRight();
        break;
    case Handle::Right:
        p = QPointF(r.right(), r.center().y());
        break;
    case Handle::BottomRight:
        p = r.bottomRight();
        break;
    case Handle::Bottom:
        p = QPointF(r.center().x(), r.bottom());
        break;
    case Handle::BottomLeft:
        p = r.bottomLeft();
        break;
    case Handle::Left:
        p = QPointF(r.left(), r.center().y());
        break;
    case Handle::Rotate:
        p = QPointF(r.center().x(), r.top() - kHandleOffsetPx / zoom);
        break;
    }
    return f.toCanvas.map(p);
}

QJsonObject scaledProps(const SceneItem &item, double sx, double sy, QPointF center)
{
    const Object &o = item.object;
    const Geometry &g = item.geometry;
    QJsonObject props;
    const double fw = g.frame.width() * sx, fh = g.frame.height() * sy;
    props.insert(QStringLiteral("x"), round2(center.x() - fw / 2));
    props.insert(QStringLiteral("y"), round2(center.y() - fh / 2));
    switch (o.type) {
    case ObjectType::Rect:
    case ObjectType::Ellipse:
    case ObjectType::Image:
        props.insert(QStringLiteral("w"), round2(fw));
        props.insert(QStringLiteral("h"), round2(fh));
        break;
    case ObjectType::Stroke:
    case ObjectType::Line:
    case ObjectType::Arrow: {
        const int stride = o.type == ObjectType::Stroke ? 3 : 2;
        const QJsonArray a = o.props.value(QLatin1String("points")).toArray();
        QJsonArray out;
        for (qsizetype i = 0; i + stride - 1 < a.size(); i += stride) {
            out.append(round2((a.at(i).toDouble() - g.frame.left()) * sx));
            out.append(round2((a.at(i + 1).toDouble() - g.frame.top()) * sy));
            if (stride == 3)
                out.append(a.at(i + 2));
        }
        props.insert(QStringLiteral("points"), out);
        break;
    }
    case ObjectType::Text: {
        const double fs = std::max(1.0, std::round(fontSizeOf(o) * sy));
        props.insert(QStringLiteral("font_size"), fs);
        if (o.props.contains(QLatin1String("w")))
            props.insert(QStringLiteral("w"), round2(o.number(QLatin1String("w")) * sx));
        // The text box's real size follows the font; center it where the frame goes.
        const double k = fs / fontSizeOf(o);
        props.insert(QStringLiteral("x"), round2(center.x() - g.frame.width() * k / 2));
        props.insert(QStringLiteral("y"), round2(center.y() - g.frame.height() * k / 2));
        break;
    }
    }
    // Keep only what changed.
    for (auto it = props.begin(); it != props.end();) {
        if (o.props.value(it.key()) == it.value())
            it = props.erase(it);
        else
            ++it;
    }
    return props;
}

std::unique_ptr<Tool> makeTool(ToolKind kind, CanvasView &view)
{
    switch (kind) {
    case ToolKind::Select:
    case ToolKind::Image:
        return std::make_unique<SelectTool>(view);
    case ToolKind::Hand:
        return std::make_unique<HandTool>(view);
    case ToolKind::Pen:
        return std::make_unique<PenTool>(view);
    case ToolKind::Eraser:
        return std::make_unique<EraserTool>(view);
    case ToolKind::Rect:
        return std::make_unique<ShapeTool>(view, ObjectType::Rect);
    case ToolKind::Ellipse:
        return std::make_unique<ShapeTool>(view, ObjectType::Ellipse);
    case ToolKind::Line:
        return std::make_unique<ShapeTool>(view, ObjectType::Line);
    case ToolKind::Arrow:
        return std::make_unique<ShapeTool>(view, ObjectType::Arrow);
    case ToolKind::Text:
        return std::make_unique<TextTool>(view);
    }
    return std::make_unique<SelectTool>(view);
}

} // namespace inkboard::canvas
