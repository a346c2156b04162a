// SPDX-License-Identifier: Apache-2.0
#include "past_view.h"

#include "presence_overlay.h"

#include <QPainter>

namespace inkboard::app::history {

PastView::PastView(canvas::CanvasView *canvas, QObject *parent) : QObject(parent), m_canvas(canvas)
{
    m_canvas->addOverlay(this);
}

PastView::~PastView()
{
    if (m_canvas)
        m_canvas->removeOverlay(this);
}

void PastView::show(const sync::HistoryTimeline &timeline, qint64 revision)
{
    const sync::HistoryRecord *commit = timeline.commit(revision);
    m_highlighted = commit ? sync::HistoryTimeline::touched(*commit) : QSet<QString>();
    m_highlightColor = PresenceOverlay::colorOf(commit ? commit->authorId : QString());
    if (!m_active) {
        m_canvas->commitTextEdit();
        m_document = timeline.stateAt(revision);
        m_revision = revision;
        m_active = true;
        m_canvas->setReadOnly(true);
        m_canvas->setDocument(&m_document);
        emit activeChanged(true);
        return;
    }
    const std::optional<QSet<QString>> changed =
        timeline.seek(m_document, m_revision, revision, kIncrementalLimit);
    m_revision = revision;
    if (!changed) {
        // Past a few hundred objects, indexing the drawing anew costs less than updating the
        // scene object by object; and a long jump need not gather every id it touches.
        const QSet<QString> selection = m_canvas->selection();
        m_canvas->setDocument(&m_document);
        m_canvas->setSelection(selection);
        return;
    }
    // What was outlined before needs its outline gone; the overlay paints the whole widget.
    m_canvas->objectsChanged(*changed);
    m_canvas->update();
}

void PastView::leave(const Document *now, bool readOnly)
{
    if (!m_active || !m_canvas)
        return;
    m_active = false;
    m_highlighted.clear();
    m_canvas->setDocument(now);
    m_canvas->setReadOnly(readOnly);
    m_document.clear();
    emit activeChanged(false);
}

void PastView::keepReadOnly()
{
    if (m_active)
        m_canvas->setReadOnly(true);
}

void PastView::paintOverlay(QPainter &painter, const QTransform &canvasToWidget)
{
    if (!m_active || m_highlighted.isEmpty())
        return;
    QColor fill = m_highlightColor;
    fill.setAlpha(40);
    painter.save();
    painter.setPen(QPen(m_highlightColor, 2, Qt::DashLine));
    painter.setBrush(fill);
    const QRectF view = m_canvas->rect();
    for (const QString &id : std::as_const(m_highlighted)) {
        const canvas::SceneItem *item = m_canvas->scene().item(id);
        if (!item)
            continue;
        const QRectF box = canvasToWidget.mapRect(item->geometry.bounds).adjusted(-4, -4, 4, 4);
        if (box.intersects(view))
            painter.drawRect(box);
    }
    painter.restore();
}

} // namespace inkboard::app::history
