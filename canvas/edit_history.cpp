// SPDX-License-Identifier: Apache-2.0
#include "edit_history.h"

#include "model/document.h"
#include "op_target.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUndoCommand>
#include <algorithm>

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
                   const QString &text, int mergeId, qint64 seq)
        : QUndoCommand(text), m_history(history), m_firstOps(std::move(ops)),
          m_changes(std::move(changes)), m_mergeId(mergeId), m_seq(seq)
    {}
    // A step read back from the journal: it happened already, so its first redo does nothing.
    static GestureCommand *restored(EditHistory *history, QList<ObjectChange> changes,
                                    const QString &text, qint64 seq)
    {
        auto *c = new GestureCommand(history, {}, std::move(changes), text, -1, seq);
        c->m_restored = true;
        return c;
    }

    int id() const override { return m_mergeId; }
    qint64 seq() const { return m_seq; }
    int merges() const { return m_merges; }
    const QList<ObjectChange> &changes() const { return m_changes; }

    void redo() override
    {
        OpTarget *t = m_history->target();
        if (m_restored) {
            m_restored = false;
            m_first = false;
            return;
        }
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
        ++m_merges;
        return true;
    }

private:
    EditHistory *m_history;
    OpList m_firstOps;
    QList<ObjectChange> m_changes;
    int m_mergeId;
    qint64 m_seq;
    int m_merges = 0;
    bool m_first = true;
    bool m_restored = false;
};

const GestureCommand *commandAt(const QUndoStack &stack, int index)
{
    return index >= 0 && index < stack.count()
               ? static_cast<const GestureCommand *>(stack.command(index))
               : nullptr;
}

} // namespace

EditHistory::EditHistory(QObject *parent) : QObject(parent)
{
    m_stack.setUndoLimit(kMaxSteps);
    connect(&m_stack, &QUndoStack::indexChanged, this, [this](int index) {
        if (m_quiet)
            return;
        const GestureCommand *next = commandAt(m_stack, index);
        emit positionChanged(next ? next->seq() : m_nextSeq);
    });
}

void EditHistory::setTarget(OpTarget *target)
{
    m_quiet = true;
    m_stack.clear();
    m_quiet = false;
    m_target = target;
}

QByteArray EditHistory::encodeChanges(const QList<ObjectChange> &changes)
{
    QJsonArray list;
    for (const ObjectChange &c : changes) {
        list.append(QJsonObject{{QStringLiteral("id"), c.id},
                                {QStringLiteral("type"), objectTypeName(c.type)},
                                {QStringLiteral("existed"), c.existedBefore},
                                {QStringLiteral("exists"), c.existsAfter},
                                {QStringLiteral("before"), c.before},
                                {QStringLiteral("after"), c.after}});
    }
    return QJsonDocument(list).toJson(QJsonDocument::Compact);
}

std::optional<QList<ObjectChange>> EditHistory::decodeChanges(const QByteArray &payload)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(payload, &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        return std::nullopt;
    QList<ObjectChange> changes;
    for (const QJsonValue &v : doc.array()) {
        const QJsonObject o = v.toObject();
        const std::optional<ObjectType> type =
            objectTypeFromString(o.value(QLatin1String("type")).toString());
        const QString id = o.value(QLatin1String("id")).toString();
        if (!type || id.isEmpty() || !o.value(QLatin1String("before")).isObject() ||
            !o.value(QLatin1String("after")).isObject())
            return std::nullopt;
        changes.append({id, *type, o.value(QLatin1String("existed")).toBool(),
                        o.value(QLatin1String("exists")).toBool(),
                        o.value(QLatin1String("before")).toObject(),
                        o.value(QLatin1String("after")).toObject()});
    }
    return changes;
}

int EditHistory::restore(const QList<Step> &steps, qint64 firstUndone)
{
    m_quiet = true;
    m_stack.clear();
    int done = 0;
    int restored = 0;
    for (const Step &step : steps) {
        std::optional<QList<ObjectChange>> changes = decodeChanges(step.payload);
        if (!changes)
            continue; // a step this build cannot read is left out, the others still undo
        m_stack.push(GestureCommand::restored(this, std::move(*changes), step.text, step.seq));
        m_nextSeq = std::max(m_nextSeq, step.seq + 1);
        ++restored;
        if (step.seq < firstUndone)
            done = m_stack.count();
    }
    // Moving the index to where it was must not replay anything: no target meanwhile.
    OpTarget *target = m_target;
    m_target = nullptr;
    m_stack.setIndex(done);
    m_target = target;
    m_quiet = false;
    return restored;
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
    const GestureCommand *top = commandAt(m_stack, m_stack.index() - 1);
    const qint64 topSeq = top ? top->seq() : -1;
    const int topMerges = top ? top->merges() : 0;
    const qint64 seq = m_nextSeq++;
    m_quiet = true;
    m_stack.push(new GestureCommand(this, ops, std::move(changes), text, mergeId, seq));
    m_quiet = false;
    const GestureCommand *now = commandAt(m_stack, m_stack.index() - 1);
    if (!now)
        return;
    if (now->seq() == seq) {
        const GestureCommand *oldest = commandAt(m_stack, 0);
        emit stepAdded({seq, now->text(), encodeChanges(now->changes())}, oldest->seq());
    } else if (now->seq() == topSeq && now->merges() != topMerges) {
        emit stepChanged({now->seq(), now->text(), encodeChanges(now->changes())});
    }
}

} // namespace inkboard::canvas
