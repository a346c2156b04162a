// SPDX-License-Identifier: Apache-2.0
#include "replica.h"

namespace inkboard {

OpList Replica::pendingOps() const
{
    OpList ops;
    ops.reserve(qsizetype(m_pending.size()));
    for (const auto &[seq, op] : m_pending)
        ops.append(op);
    return ops;
}

QSet<QString> Replica::applyLocal(const Op &op)
{
    // An op_id is unique within a drawing: a second op with a pending op_id is a duplicate,
    // not applied again (PROTOCOL.md §3), so one op_id always names one pending op.
    if (m_seqByOpId.contains(op.opId))
        return {};
    const quint64 seq = m_nextSeq++;
    m_pending.emplace(seq, op);
    m_seqByOpId.insert(op.opId, seq);
    m_seqsByObject[op.id].append(seq);
    m_visible.apply(op);
    return {op.id};
}

QSet<QString> Replica::applyLocal(const OpList &ops)
{
    QSet<QString> changed;
    for (const Op &op : ops)
        changed.unite(applyLocal(op));
    return changed;
}

Replica::CommitResult Replica::applyCommit(qint64 revision, const OpList &ops)
{
    if (revision <= m_revision)
        return {CommitOutcome::Stale, {}, {}};
    if (revision > m_revision + 1)
        return {CommitOutcome::Gap, {}, {}};

    QSet<QString> changed;
    QStringList acknowledged;
    for (const Op &op : ops) {
        m_confirmed.apply(op);
        changed.insert(op.id);
        const auto seq = m_seqByOpId.constFind(op.opId);
        if (seq != m_seqByOpId.constEnd()) {
            // The acknowledged pending op names the same object unless the server is broken;
            // refresh what it touched either way, so visible never keeps a dropped op.
            changed.insert(m_pending.at(*seq).id);
            acknowledged.append(op.opId);
            removePending(*seq);
        }
    }
    m_revision = revision;
    for (const QString &id : std::as_const(changed))
        refreshVisible(id);
    return {CommitOutcome::Applied, changed, acknowledged};
}

QSet<QString> Replica::resetConfirmed(qint64 revision, const QList<Object> &objects)
{
    QSet<QString> changed;
    for (auto it = m_visible.objects().begin(); it != m_visible.objects().end(); ++it)
        changed.insert(it.key());
    m_confirmed.clear();
    m_confirmed.reserve(objects.size());
    for (const Object &o : objects) {
        m_confirmed.put(o);
        changed.insert(o.id);
    }
    m_revision = revision;
    // Copy the objects now rather than share them: a shared table would be copied by the
    // first commit instead, an O(drawing) pause where every commit should cost O(ops).
    m_visible.clear();
    m_visible.reserve(m_confirmed.size());
    for (auto it = m_confirmed.objects().begin(); it != m_confirmed.objects().end(); ++it)
        m_visible.put(*it);
    for (const auto &[seq, op] : m_pending)
        m_visible.apply(op);
    return changed;
}

QSet<QString> Replica::dropPending(const QSet<QString> &opIds)
{
    QSet<QString> changed;
    for (const QString &opId : opIds) {
        const auto seq = m_seqByOpId.constFind(opId);
        if (seq == m_seqByOpId.constEnd())
            continue;
        changed.insert(m_pending.at(*seq).id);
        removePending(*seq);
    }
    for (const QString &id : std::as_const(changed))
        refreshVisible(id);
    return changed;
}

Document Replica::recomputeVisible() const
{
    Document visible = m_confirmed;
    for (const auto &[seq, op] : m_pending)
        visible.apply(op);
    return visible;
}

void Replica::removePending(quint64 seq)
{
    const auto it = m_pending.find(seq);
    if (it == m_pending.end())
        return;
    const QString objectId = it->second.id;
    m_seqByOpId.remove(it->second.opId);
    auto list = m_seqsByObject.find(objectId);
    if (list != m_seqsByObject.end()) {
        list->removeOne(seq);
        if (list->isEmpty())
            m_seqsByObject.erase(list);
    }
    m_pending.erase(it);
}

void Replica::refreshVisible(const QString &objectId)
{
    if (const Object *confirmed = m_confirmed.find(objectId))
        m_visible.put(*confirmed);
    else
        m_visible.erase(objectId);
    const auto seqs = m_seqsByObject.constFind(objectId);
    if (seqs == m_seqsByObject.constEnd())
        return;
    for (quint64 seq : *seqs)
        m_visible.apply(m_pending.at(seq));
}

} // namespace inkboard
