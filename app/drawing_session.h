// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "client/sync_session.h"

#include <QObject>
#include <QSet>
#include <memory>

namespace inkboard::canvas {
class CanvasView;
class EditHistory;
} // namespace inkboard::canvas

namespace inkboard::app {

class AppContext;
class SessionTarget;

// The drawing a window shows: its SyncSession, the target its history edits through, and the
// wiring between the session, the canvas and the history. One at a time; opening another
// replaces it. The session's signals are passed on, so that the window wires once, not once
// per drawing, and nothing holds on to a session that is gone.
class DrawingSession : public QObject
{
    Q_OBJECT
public:
    DrawingSession(AppContext *context, canvas::CanvasView *canvas, canvas::EditHistory *history,
                   QObject *parent = nullptr);
    ~DrawingSession() override;

    sync::SyncSession *session() const { return m_session.get(); }
    QString drawingId() const { return m_drawingId; }

    // Replaces the open drawing by `id`. A session that cannot be read leaves the open drawing
    // as it is and says why in `error`.
    bool open(const QString &id, QString *error = nullptr);
    // Shows no drawing.
    void detach();

signals:
    // Before the open drawing goes: what was about it (peers, presence) is cleared first.
    void detaching();
    // A drawing was opened (session() is it).
    void opened();
    // The open session's signals.
    void objectsChanged(const QSet<QString> &ids);
    void connectionStateChanged(inkboard::sync::SyncSession::ConnectionState state);
    void pendingCountChanged(int count);
    void peersChanged();
    void errorOccurred(const QString &code, const QString &message);
    void readOnlyChanged(bool readOnly);
    void published();
    void sendDelayChanged(inkboard::sync::SyncSession::SendDelay delay);
    void editsLost(const QList<inkboard::sync::SyncSession::LostEdit> &lost);
    void editsReplaced(const QList<inkboard::sync::SyncSession::ReplacedEdit> &replaced);

private:
    AppContext *m_context;
    canvas::CanvasView *m_canvas;
    canvas::EditHistory *m_history;
    std::unique_ptr<sync::SyncSession> m_session;
    std::unique_ptr<SessionTarget> m_target;
    QString m_drawingId;
};

} // namespace inkboard::app
