// SPDX-License-Identifier: Apache-2.0
#include "drawing_session.h"

#include "app_context.h"
#include "canvas_view.h"
#include "edit_history.h"
#include "session_target.h"

namespace inkboard::app {

DrawingSession::DrawingSession(AppContext *context, canvas::CanvasView *canvas,
                               canvas::EditHistory *history, QObject *parent)
    : QObject(parent), m_context(context), m_canvas(canvas), m_history(history)
{
    // Undo outlives the window: every step goes to the journal of the drawing it was made on.
    using Step = canvas::EditHistory::Step;
    connect(m_history, &canvas::EditHistory::stepAdded, this,
            [this](const Step &step, qint64 keepFrom) {
                if (sync::UndoJournal *j = m_context->undoJournal(); j && !m_drawingId.isEmpty())
                    j->push(m_drawingId, {step.seq, step.text, step.payload}, keepFrom);
            });
    connect(m_history, &canvas::EditHistory::stepChanged, this, [this](const Step &step) {
        if (sync::UndoJournal *j = m_context->undoJournal(); j && !m_drawingId.isEmpty())
            j->replace(m_drawingId, {step.seq, step.text, step.payload});
    });
    connect(m_history, &canvas::EditHistory::positionChanged, this, [this](qint64 firstUndone) {
        if (sync::UndoJournal *j = m_context->undoJournal(); j && !m_drawingId.isEmpty())
            j->setFirstUndone(m_drawingId, firstUndone);
    });
}

// The canvas and the history may be gone by now (the window's children): the window detaches
// before they are.
DrawingSession::~DrawingSession() = default;

void DrawingSession::detach()
{
    emit detaching();
    m_canvas->setDocument(nullptr);
    m_history->setTarget(nullptr);
    m_target.reset();
    m_session.reset();
    m_drawingId.clear();
}

bool DrawingSession::open(const QString &id, QString *error)
{
    std::unique_ptr<sync::SyncSession> session(
        m_context->client()->openSession(id, m_context->syncOptions()));
    if (!session->isValid()) {
        if (error)
            *error = session->errorString();
        return false;
    }
    m_canvas->commitTextEdit();
    detach();
    m_session = std::move(session);
    m_target = std::make_unique<SessionTarget>(m_session.get());
    m_drawingId = id;
    m_canvas->setDocument(&m_session->replica().visible());
    m_history->setTarget(m_target.get());
    if (sync::UndoJournal *journal = m_context->undoJournal()) {
        const sync::UndoJournal::Loaded loaded = journal->load(id);
        QList<canvas::EditHistory::Step> steps;
        steps.reserve(loaded.steps.size());
        for (const sync::UndoJournal::Step &s : loaded.steps)
            steps.append({s.seq, s.text, s.payload});
        m_history->restore(steps, loaded.firstUndone);
    }
    // The canvas hears of a change before whoever follows this drawing does.
    sync::SyncSession *s = m_session.get();
    connect(s, &sync::SyncSession::objectsChanged, m_canvas, &canvas::CanvasView::objectsChanged);
    connect(s, &sync::SyncSession::objectsChanged, this, &DrawingSession::objectsChanged);
    connect(s, &sync::SyncSession::pendingCountChanged, this, &DrawingSession::pendingCountChanged);
    connect(s, &sync::SyncSession::errorOccurred, this, &DrawingSession::errorOccurred);
    connect(s, &sync::SyncSession::readOnlyChanged, m_canvas, &canvas::CanvasView::setReadOnly);
    connect(s, &sync::SyncSession::readOnlyChanged, this, &DrawingSession::readOnlyChanged);
    connect(s, &sync::SyncSession::connectionStateChanged, this,
            &DrawingSession::connectionStateChanged);
    connect(s, &sync::SyncSession::sendDelayChanged, this, &DrawingSession::sendDelayChanged);
    connect(s, &sync::SyncSession::published, this, &DrawingSession::published);
    connect(s, &sync::SyncSession::peersChanged, this, &DrawingSession::peersChanged);
    connect(s, &sync::SyncSession::editsLost, this, &DrawingSession::editsLost);
    connect(s, &sync::SyncSession::editsReplaced, this, &DrawingSession::editsReplaced);
    m_canvas->setReadOnly(m_session->isReadOnly());
    emit opened();
    return true;
}

} // namespace inkboard::app
