// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QAccessibleWidget>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QStringList>

namespace inkboard::canvas {

class CanvasView;

// The canvas as assistive technology sees it (issue 19): a Canvas with one accessible child
// per object of the drawing, in the order Tab visits them (reading order), each with its role,
// name ("Rectangle 'Ship it'"), state (selected, locked) and bounds on the screen. Children
// are made on demand, so that a drawing of 100,000 objects costs nothing until a screen
// reader walks it, and are dropped with their objects.
class CanvasAccessible : public QAccessibleWidget
{
public:
    explicit CanvasAccessible(CanvasView *view);
    ~CanvasAccessible() override;

    int childCount() const override;
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *childAt(int x, int y) const override;
    QString text(QAccessible::Text t) const override;

    CanvasView *view() const;
    // The child for an object (made and registered on first use); null for no such object.
    QAccessibleInterface *childFor(const QString &objectId) const;

    // What the canvas tells the accessibility bridge: objects that came, changed or went, and
    // the selection (a screen reader announces the newly selected object).
    void objectsChanged(const QSet<QString> &ids);
    void selectionChanged();

private:
    const QStringList &order() const;
    void dropChild(const QString &objectId);

    const CanvasView *m_view; // the key it is known by, also while the view is destroyed
    mutable QHash<QString, QAccessible::Id> m_children;
    mutable QStringList m_order;
    mutable bool m_orderValid = false;
    QSet<QString> m_announcedSelection;
};

// Makes CanvasView use CanvasAccessible; once per process, before the first canvas is shown.
void installCanvasAccessibility();
// Called by the canvas: forwards to its CanvasAccessible when an accessibility client listens.
void announceObjectsChanged(CanvasView *view, const QSet<QString> &ids);
void announceSelectionChanged(CanvasView *view);

} // namespace inkboard::canvas
