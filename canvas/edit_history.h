#pragma once

#include "model/document.h"
#include "model/op.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QUndoStack>

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
class EditHistory : public QObject
{
    Q_OBJECT
public:
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

private:
    OpTarget *m_target = nullptr;
    QUndoStack m_stack;
};

} // namespace inkboard::canvas
