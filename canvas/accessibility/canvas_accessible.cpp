// SPDX-License-Identifier: Apache-2.0
#include "canvas_accessible.h"

#include "canvas_view.h"
#include "commands/reading_order.h"
#include "object_description.h"
#include "scene_index.h"
#include "style.h"

#include <QCoreApplication>
#include <QWindow>

namespace inkboard::canvas {

namespace {

// Past this many objects changed at once (an import, a peer's paste), the bridge is told that
// the children changed as a whole rather than one event per object.
constexpr qsizetype kMaxEventsPerChange = 64;

// One object of the drawing. It holds the object's id, not the object: what it reports is read
// from the canvas each time, so that a peer's edit shows at once.
class ObjectAccessible : public QAccessibleInterface, public QAccessibleActionInterface
{
public:
    ObjectAccessible(CanvasView *view, QString id) : m_view(view), m_id(std::move(id)) {}

    const QString &objectId() const { return m_id; }

    // Still valid while its going is announced: the bridge reads the child that went.
    bool isValid() const override { return m_leaving || item() != nullptr; }
    void setLeaving() { m_leaving = true; }
    QObject *object() const override { return nullptr; }
    QWindow *window() const override { return m_view ? m_view->window()->windowHandle() : nullptr; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QAccessibleInterface *parent() const override
    {
        return m_view ? QAccessible::queryAccessibleInterface(m_view.data()) : nullptr;
    }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }

    QString text(QAccessible::Text t) const override
    {
        const SceneItem *it = item();
        if (!it)
            return {};
        switch (t) {
        case QAccessible::Name:
            return accessibleNameOf(it->object);
        case QAccessible::Description:
            return accessibleDescriptionOf(it->object);
        default:
            return {};
        }
    }
    void setText(QAccessible::Text, const QString &) override {}

    QRect rect() const override
    {
        const SceneItem *it = item();
        if (!it)
            return {};
        const QRect local = m_view->viewTransform().mapRect(it->geometry.bounds).toAlignedRect();
        return QRect(m_view->mapToGlobal(local.topLeft()), local.size());
    }
    QAccessible::Role role() const override
    {
        const SceneItem *it = item();
        return it ? accessibleRoleOf(it->object) : QAccessible::NoRole;
    }
    QAccessible::State state() const override
    {
        QAccessible::State s;
        const SceneItem *it = item();
        if (!it) {
            s.invalid = true;
            return s;
        }
        s.selectable = true;
        s.focusable = true;
        const QSet<QString> selection = m_view->selection();
        s.selected = selection.contains(m_id);
        s.focused = s.selected && selection.size() == 1 && m_view->hasFocus();
        s.readOnly = isLocked(it->object) || m_view->isReadOnly();
        s.offscreen = !m_view->visibleCanvasRect().intersects(it->geometry.bounds);
        return s;
    }

    void *interface_cast(QAccessible::InterfaceType type) override
    {
        return type == QAccessible::ActionInterface
                   ? static_cast<QAccessibleActionInterface *>(this)
                   : nullptr;
    }

    // Actions: a screen reader's "activate" selects the object and brings it into view, as
    // Tab does.
    QStringList actionNames() const override { return {setFocusAction()}; }
    void doAction(const QString &name) override
    {
        if (name == setFocusAction() && isValid()) {
            m_view->setFocus(Qt::OtherFocusReason);
            m_view->selectAndReveal(m_id);
        }
    }
    QStringList keyBindingsForAction(const QString &) const override
    {
        return {QStringLiteral("Tab")};
    }

private:
    const SceneItem *item() const { return m_view ? m_view->scene().item(m_id) : nullptr; }

    QPointer<CanvasView> m_view;
    QString m_id;
    bool m_leaving = false;
};

QAccessibleInterface *canvasFactory(const QString &className, QObject *object)
{
    if (className == QLatin1String("inkboard::canvas::CanvasView") && object &&
        object->isWidgetType())
        return new CanvasAccessible(static_cast<CanvasView *>(object));
    return nullptr;
}

// The canvases an accessibility client has asked about. One nobody asked about has no
// interface and is told nothing: without a screen reader, the canvas pays for none of this.
QHash<const CanvasView *, CanvasAccessible *> &asked()
{
    static QHash<const CanvasView *, CanvasAccessible *> canvases;
    return canvases;
}

CanvasAccessible *accessibleOf(CanvasView *view)
{
    return asked().value(view);
}

} // namespace

CanvasAccessible::CanvasAccessible(CanvasView *view)
    : QAccessibleWidget(view, QAccessible::Canvas), m_view(view)
{
    asked().insert(view, this);
    m_announcedSelection = view->selection();
}

CanvasAccessible::~CanvasAccessible()
{
    asked().remove(m_view);
    for (const QAccessible::Id id : std::as_const(m_children))
        QAccessible::deleteAccessibleInterface(id);
}

CanvasView *CanvasAccessible::view() const
{
    return static_cast<CanvasView *>(widget());
}

const QStringList &CanvasAccessible::order() const
{
    if (!m_orderValid) {
        const SceneIndex &scene = view()->scene();
        m_order = commands::readingOrder(view()->visible(), [&scene](const Object &o) {
            const SceneItem *item = scene.item(o.id);
            return item ? item->geometry.bounds : QRectF();
        });
        m_orderValid = true;
    }
    return m_order;
}

int CanvasAccessible::childCount() const
{
    return int(order().size());
}

QAccessibleInterface *CanvasAccessible::child(int index) const
{
    const QStringList &ids = order();
    if (index < 0 || index >= ids.size())
        return nullptr;
    return childFor(ids.at(index));
}

QAccessibleInterface *CanvasAccessible::childFor(const QString &objectId) const
{
    if (!view()->scene().item(objectId))
        return nullptr;
    if (const auto it = m_children.constFind(objectId); it != m_children.cend())
        return QAccessible::accessibleInterface(*it);
    auto *child = new ObjectAccessible(view(), objectId);
    m_children.insert(objectId, QAccessible::registerAccessibleInterface(child));
    return child;
}

int CanvasAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    const auto *object = dynamic_cast<const ObjectAccessible *>(child);
    if (!object)
        return -1;
    return int(order().indexOf(object->objectId()));
}

QAccessibleInterface *CanvasAccessible::childAt(int x, int y) const
{
    const QPointF canvasPoint = view()->widgetToCanvas(view()->mapFromGlobal(QPoint(x, y)));
    const SceneItem *item = view()->scene().topmostAt(canvasPoint, 2 / view()->zoom());
    return item ? childFor(item->object.id) : nullptr;
}

QString CanvasAccessible::text(QAccessible::Text t) const
{
    switch (t) {
    case QAccessible::Name:
        return view()->accessibleName().isEmpty()
                   ? QCoreApplication::translate("inkboard::canvas::CanvasAccessible", "Canvas")
                   : view()->accessibleName();
    case QAccessible::Description: {
        const int objects = int(view()->scene().size());
        const int selected = int(view()->selection().size());
        const QString all = QCoreApplication::translate("inkboard::canvas::CanvasAccessible",
                                                        "%n object(s)", nullptr, objects);
        if (!selected)
            return all;
        //: The canvas's description: "5 objects, 2 selected".
        return QCoreApplication::translate("inkboard::canvas::CanvasAccessible", "%1, %n selected",
                                           nullptr, selected)
            .arg(all);
    }
    default:
        return QAccessibleWidget::text(t);
    }
}

void CanvasAccessible::dropChild(const QString &objectId)
{
    if (const auto it = m_children.find(objectId); it != m_children.end()) {
        QAccessible::deleteAccessibleInterface(*it);
        m_children.erase(it);
    }
}

void CanvasAccessible::objectsChanged(const QSet<QString> &ids)
{
    m_orderValid = false;
    const SceneIndex &scene = view()->scene();
    if (ids.isEmpty() || ids.size() > kMaxEventsPerChange) {
        // A new drawing, or too much at once: every child is told again.
        for (auto it = m_children.begin(); it != m_children.end();) {
            if (scene.item(it.key())) {
                ++it;
                continue;
            }
            QAccessible::deleteAccessibleInterface(*it);
            it = m_children.erase(it);
        }
        QAccessibleEvent event(this, QAccessible::ObjectReorder);
        QAccessible::updateAccessibility(&event);
        return;
    }
    for (const QString &id : ids) {
        const bool known = m_children.contains(id);
        if (!scene.item(id)) {
            if (known) {
                if (auto *child = static_cast<ObjectAccessible *>(
                        QAccessible::accessibleInterface(m_children.value(id)))) {
                    child->setLeaving();
                    QAccessibleEvent gone(child, QAccessible::ObjectDestroyed);
                    QAccessible::updateAccessibility(&gone);
                }
                dropChild(id);
            }
            continue;
        }
        QAccessibleEvent event(childFor(id),
                               known ? QAccessible::NameChanged : QAccessible::ObjectCreated);
        QAccessible::updateAccessibility(&event);
    }
}

void CanvasAccessible::selectionChanged()
{
    const QSet<QString> now = view()->selection();
    const QSet<QString> before = std::exchange(m_announcedSelection, now);
    for (const QString &id : before) {
        if (!now.contains(id)) {
            if (QAccessibleInterface *child = childFor(id)) {
                QAccessibleEvent event(child, QAccessible::SelectionRemove);
                QAccessible::updateAccessibility(&event);
            }
        }
    }
    for (const QString &id : now) {
        if (before.contains(id))
            continue;
        if (QAccessibleInterface *child = childFor(id)) {
            QAccessibleEvent event(child, now.size() == 1 ? QAccessible::Selection
                                                          : QAccessible::SelectionAdd);
            QAccessible::updateAccessibility(&event);
            // The one selected object has the focus: a screen reader reads its name.
            if (now.size() == 1 && view()->hasFocus()) {
                QAccessibleEvent focus(child, QAccessible::Focus);
                QAccessible::updateAccessibility(&focus);
            }
        }
    }
}

void installCanvasAccessibility()
{
    static const bool installed = [] {
        QAccessible::installFactory(canvasFactory);
        return true;
    }();
    Q_UNUSED(installed);
}

void announceObjectsChanged(CanvasView *view, const QSet<QString> &ids)
{
    if (CanvasAccessible *canvas = accessibleOf(view))
        canvas->objectsChanged(ids);
}

void announceSelectionChanged(CanvasView *view)
{
    if (CanvasAccessible *canvas = accessibleOf(view))
        canvas->selectionChanged();
}

} // namespace inkboard::canvas
