// SPDX-License-Identifier: Apache-2.0
#include "canvas_context_menu.h"

#include "canvas_view.h"
#include "comments/comments_controller.h"
#include "main_window.h"

#include <QContextMenuEvent>
#include <QMenu>

namespace inkboard::app {

CanvasContextMenu::CanvasContextMenu(MainWindow *window, canvas::CanvasView *canvas,
                                     comments::CommentsController *comments)
    : QObject(window), m_window(window), m_canvas(canvas), m_comments(comments)
{
    canvas->installEventFilter(this);
}

bool CanvasContextMenu::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_canvas && event->type() == QEvent::ContextMenu) {
        show(static_cast<QContextMenuEvent *>(event));
        return true;
    }
    return false;
}

void CanvasContextMenu::addAction(QMenu &menu, const char *name) const
{
    if (QAction *a = m_window->action(QString::fromLatin1(name)); a && a->isVisible())
        menu.addAction(a);
}

void CanvasContextMenu::show(QContextMenuEvent *event)
{
    canvas::CanvasView *c = m_canvas;
    // From the keyboard the menu is about the selection, and opens on it.
    const bool byMouse = event->reason() == QContextMenuEvent::Mouse;
    const QRectF selected = c->scene().boundsOf(c->selection());
    const QPointF at = byMouse             ? c->widgetToCanvas(event->pos())
                       : selected.isNull() ? c->visibleCanvasRect().center()
                                           : selected.center();
    QString objectId;
    if (byMouse) {
        const canvas::SceneItem *item = c->scene().topmostAt(at, 4 / c->zoom());
        objectId = item ? item->object.id : QString();
        if (!objectId.isEmpty() && !c->selection().contains(objectId))
            c->setSelection({objectId});
        else if (objectId.isEmpty())
            c->setSelection({});
    } else if (c->selection().size() == 1) {
        objectId = *c->selection().cbegin();
    }

    QMenu menu(c);
    menu.setObjectName(QStringLiteral("canvasContextMenu"));
    if (!c->selection().isEmpty()) {
        for (const char *name :
             {"edit.cut", "edit.copy", "edit.paste", "edit.duplicate", "edit.delete"})
            addAction(menu, name);
        menu.addSeparator();
        for (const char *name : {"edit.front", "edit.forward", "edit.backward", "edit.back"})
            addAction(menu, name);
        menu.addSeparator();
        for (const char *name :
             {"edit.lock", "edit.group", "edit.ungroup", "edit.copyStyle", "edit.pasteStyle"})
            addAction(menu, name);
    } else {
        for (const char *name : {"edit.paste", "edit.selectAll"})
            addAction(menu, name);
        menu.addSeparator();
        for (const char *name : {"view.zoomFit", "view.grid"})
            addAction(menu, name);
    }
    QAction *comment = nullptr;
    if (m_comments && m_comments->canComment()) {
        menu.addSeparator();
        comment = menu.addAction(objectId.isEmpty() ? tr("Co&mment Here")
                                                    : tr("Co&mment on This Object"));
        comment->setObjectName(QStringLiteral("contextComment"));
    }
    const QPoint where =
        byMouse ? event->globalPos() : c->mapToGlobal(c->canvasToWidget(at).toPoint());
    if (QAction *chosen = menu.exec(where); chosen && chosen == comment && m_canvas)
        m_comments->startThreadAt(at, objectId);
}

} // namespace inkboard::app
