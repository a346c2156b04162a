#include "edit_history.h"

#include "model/document.h"
#include "op_target.h"

#include <QUndoCommand>

namespace inkboard::canvas {

namespace {

QJsonValue valueOrNull(const QJsonObject &props, const QString &key)
{
    const auto it = props.constFind(key);
    return it == props.constEnd() ? QJsonValue(QJsonValue::Null) : *it;
}

// One direction of a change: from `from` to `to`, applied only where the document still holds
// `from`'s counterpart `expect` (the values this user left there).
OpList transition(const Document &doc, const QList<ObjectChange> &changes, bool undo)
{
    OpList ops;
    for (const ObjectChange &c : changes) {
        const bool wantExists = undo ? c.existedBefore : c.existsAfter;
        const bool hadExists = undo ? c.existsAfter : c.existedBefore;
        const QJsonObject &target = undo ? c.before : c.after;
        const QJsonObject &expect = undo ? c.after : c.before;
        const Object *current = doc.find(c.id);
        if (wantExists && !hadExists) {
            if (!current)
                ops.append(Op::create(newId(), c.id, c.type, target));
        } else if (!wantExists && hadExists) {
            if (current)
                ops.append(Op::remove(newId(), c.id));
        } else if (wantExists && hadExists && current) {
            QJsonObject props;
            for (auto it = target.constBegin(); it != target.constEnd(); ++it) {
                // Someone else's later value of this prop wins: leave it.
                if (valueOrNull(current->props, it.key()) != valueOrNull(expect, it.key()))
                    continue;
                props.insert(it.key(), it.value());
            }
            if (!props.isEmpty())
                ops.append(Op::update(newId(), c.id, props));
        }
    }
    return ops;
}

class GestureCommand : public QUndoCommand
{
public:
    GestureCommand(EditHistory *history, OpList ops, QList<ObjectChange> changes,
                   const QString &text, int mergeId)
        : QUndoCommand(text), m_history(history), m_firstOps(std::move(ops)),
          m_changes(std::move(changes)), m_mergeId(mergeId)
    {}

    int id() const override { return m_mergeId; }

    void redo() override
    {
        OpTarget *t = m_history->target();
        if (!t)
            return;
        if (m_first) {
            m_first = false;
            // Refused (a full disk, a read-only drawing): the edit did not happen, so there
            // is nothing to undo; QUndoStack drops a command that is obsolete after push.
            if (!t->submit(m_firstOps))
                setObsolete(true);
            m_firstOps.clear();
            return;
        }
        t->submit(EditHistory::redoOps(t->document(), m_changes));
    }

    void undo() override
    {
        if (OpTarget *t = m_history->target())
            t->submit(EditHistory::undoOps(t->document(), m_changes));
    }

    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *o = static_cast<const GestureCommand *>(other);
        if (o->isObsolete() || o->m_changes.size() != m_changes.size())
            return false;
        for (qsizetype i = 0; i < m_changes.size(); ++i) {
            const ObjectChange &a = m_changes[i];
            const ObjectChange &b = o->m_changes[i];
            if (a.id != b.id || !a.existedBefore || !a.existsAfter || !b.existedBefore ||
                !b.existsAfter)
                return false;
        }
        for (qsizetype i = 0; i < m_changes.size(); ++i) {
            ObjectChange &a = m_changes[i];
            const ObjectChange &b = o->m_changes[i];
            for (auto it = b.after.constBegin(); it != b.after.constEnd(); ++it) {
                if (!a.before.contains(it.key()))
                    a.before.insert(it.key(), b.before.value(it.key()));
                a.after.insert(it.key(), it.value());
            }
        }
        return true;
    }

private:
    EditHistory *m_history;
    OpList m_firstOps;
    QList<ObjectChange> m_changes;
    int m_mergeId;
    bool m_first = true;
};

} // namespace

EditHistory::EditHistory(QObject *parent) : QObject(parent) {}

void EditHistory::setTarget(OpTarget *target)
{
    m_stack.clear();
    m_target = target;
}

QList<ObjectChange> EditHistory::changesOf(const Document &document, const OpList &ops)
{
    // Replay the ops on a scratch copy of just the objects they touch.
    Document scratch;
    QStringList order;
    QHash<QString, QSet<QString>> touchedKeys;
    for (const Op &op : ops) {
        if (!order.contains(op.id)) {
            order.append(op.id);
            if (const Object *o = document.find(op.id))
                scratch.put(*o);
        }
        if (op.kind == Op::Kind::Update) {
            for (auto it = op.props.constBegin(); it != op.props.constEnd(); ++it)
                touchedKeys[op.id].insert(it.key());
        }
    }
    scratch.apply(ops);

    QList<ObjectChange> changes;
    for (const QString &id : order) {
        const Object *before = document.find(id);
        const Object *after = scratch.find(id);
        ObjectChange c;
        c.id = id;
        c.existedBefore = before != nullptr;
        c.existsAfter = after != nullptr;
        if (!before && !after)
            continue;
        c.type = before ? before->type : after->type;
        if (before && after) {
            if (before->type != after->type) // deleted and re-created as another type
                continue;
            for (const QString &k : touchedKeys.value(id)) {
                const QJsonValue b = valueOrNull(before->props, k);
                const QJsonValue a = valueOrNull(after->props, k);
                if (a == b)
                    continue;
                c.before.insert(k, b);
                c.after.insert(k, a);
            }
            if (c.after.isEmpty())
                continue;
        } else {
            if (before)
                c.before = before->props;
            if (after)
                c.after = after->props;
        }
        changes.append(c);
    }
    return changes;
}

OpList EditHistory::undoOps(const Document &document, const QList<ObjectChange> &changes)
{
    return transition(document, changes, true);
}

OpList EditHistory::redoOps(const Document &document, const QList<ObjectChange> &changes)
{
    return transition(document, changes, false);
}

void EditHistory::perform(const OpList &ops, const QString &text, int mergeId)
{
    if (!m_target || ops.isEmpty())
        return;
    QList<ObjectChange> changes = changesOf(m_target->document(), ops);
    if (changes.isEmpty()) {
        m_target->submit(ops); // a no-op edit is still this user's edit, but nothing to undo
        return;
    }
    m_stack.push(new GestureCommand(this, ops, std::move(changes), text, mergeId));
}

} // namespace inkboard::canvas
