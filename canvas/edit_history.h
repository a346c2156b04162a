// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/document.h"
#include "model/op.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QUndoStack>
#include <optional>

namespace inkboard::canvas {

class OpTarget;

// What one gesture did to one object, as seen in the visible state before and after it.
struct ObjectChange
{
    QString id;
    ObjectType type = ObjectType::Rect;
    bool existedBefore = false;
    bool existsAfter = false;
    QJsonObject before; // created/deleted: all props; updated: the changed keys (null: absent)
    QJsonObject after;
};

// The undo/redo of this user's own edits (QUndoStack), one command per gesture.
//
// A command holds, per object, the values before and after the gesture of only the props the
// gesture changed. Undo and redo are computed against the visible state at that moment, and
// a prop is restored only while it still holds the value this user gave it: once someone else
// has changed that prop, undo leaves their value alone. Undoing a create deletes the object
// (as Figma and tldraw do), whoever changed it since; undoing a delete re-creates it with the
// same id.
//
// Each step has a sequence number that only grows; stepAdded, stepChanged and
// positionChanged tell a journal (the app keeps one per drawing, sync::UndoJournal) what to
// keep, and restore() brings the steps back after a restart, where undo still leaves
// everyone's later values alone. At most kMaxSteps are kept.
class EditHistory : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxSteps = 500;

    // One step as a journal keeps it: its number, its menu text and its changes (JSON).
    struct Step
    {
        qint64 seq = 0;
        QString text;
        QByteArray payload;
    };

    explicit EditHistory(QObject *parent = nullptr);

    // The history is per target: changing it clears the stack.
    void setTarget(OpTarget *target);
    OpTarget *target() const { return m_target; }
    QUndoStack *stack() { return &m_stack; }

    // Submits a gesture's ops to the target and records it. Gestures with the same mergeId
    // (>= 0) on the same objects in a row become one step (arrow-key nudges).
    void perform(const OpList &ops, const QString &text, int mergeId = -1);

    // The changes `ops` make to `document`, per object (exposed for tests).
    static QList<ObjectChange> changesOf(const Document &document, const OpList &ops);
    // The ops that take `document` from after to before (undo) or before to after (redo),
    // for the props that still hold this user's values.
    static OpList undoOps(const Document &document, const QList<ObjectChange> &changes);
    static OpList redoOps(const Document &document, const QList<ObjectChange> &changes);

    // The stack as it was: `steps` oldest first, those from `firstUndone` on undone. Nothing
    // is replayed. Returns how many steps were read (unreadable ones are left out).
    int restore(const QList<Step> &steps, qint64 firstUndone);
    static QByteArray encodeChanges(const QList<ObjectChange> &changes);
    static std::optional<QList<ObjectChange>> decodeChanges(const QByteArray &payload);

signals:
    // A new step on top (the redo steps above it are gone); steps before `keepFrom` fell off
    // the bottom.
    void stepAdded(const inkboard::canvas::EditHistory::Step &step, qint64 keepFrom);
    // The top step grew (a nudge merged into it).
    void stepChanged(const inkboard::canvas::EditHistory::Step &step);
    // After an undo or a redo: the steps from this number on are undone.
    void positionChanged(qint64 firstUndone);

private:
    OpTarget *m_target = nullptr;
    QUndoStack m_stack;
    qint64 m_nextSeq = 1;
    bool m_quiet = false; // stack changes that are no undo or redo of the user's
};

} // namespace inkboard::canvas
