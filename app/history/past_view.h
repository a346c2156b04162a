// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "canvas_view.h"
#include "client/history_timeline.h"

#include <QObject>
#include <QPointer>
#include <QSet>

namespace inkboard::app::history {

// The canvas looking at the past: it shows a document of its own (the drawing at one
// revision, moved from revision to revision by the timeline's seek, so that only the objects
// in between are redrawn), read-only, with the objects the shown revision changed outlined.
// The session goes on meanwhile: peers' commits arrive and presence is sent; only the canvas
// looks elsewhere. Leaving hands the canvas its live document and its read-only state back.
class PastView : public QObject, public canvas::CanvasOverlay
{
    Q_OBJECT
public:
    // A move that changes more objects than this indexes the shown drawing anew.
    static constexpr int kIncrementalLimit = 300;

    explicit PastView(canvas::CanvasView *canvas, QObject *parent = nullptr);
    ~PastView() override;

    bool isActive() const { return m_active; }
    qint64 revision() const { return m_revision; }
    // The drawing shown (valid while active).
    const Document &document() const { return m_document; }
    const QSet<QString> &highlighted() const { return m_highlighted; }

    // Shows the drawing at `revision`, entering the past if the canvas shows now.
    void show(const sync::HistoryTimeline &timeline, qint64 revision);
    // Back to `now` (the session's visible document) and its read-only state.
    void leave(const Document *now, bool readOnly);
    // The canvas may have been made editable by the session (a role change): not here.
    void keepReadOnly();

    void paintOverlay(QPainter &painter, const QTransform &canvasToWidget) override;

signals:
    void activeChanged(bool active);

private:
    // The window's canvas may go before the dock that holds the panel.
    QPointer<canvas::CanvasView> m_canvas;
    Document m_document;
    qint64 m_revision = 0;
    bool m_active = false;
    QSet<QString> m_highlighted;
    QColor m_highlightColor;
};

} // namespace inkboard::app::history
