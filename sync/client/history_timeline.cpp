// SPDX-License-Identifier: Apache-2.0
#include "history_timeline.h"

namespace inkboard::sync {

void HistoryTimeline::reset(const HistoryBase &base, QList<HistoryRecord> commits)
{
    m_baseRevision = base.revision;
    m_base.clear();
    m_base.reserve(base.objects.size());
    for (const Object &o : base.objects)
        m_base.put(o);
    m_commits.clear();
    m_checkpoints.clear();
    m_tip = m_base;
    m_built = m_baseRevision;
    m_interval = qMax<qint64>(kMinInterval, commits.size() / kMaxCheckpoints);
    append(commits);
}

int HistoryTimeline::append(const QList<HistoryRecord> &commits)
{
    int added = 0;
    for (const HistoryRecord &c : commits) {
        if (c.revision != latestRevision() + 1)
            continue;
        m_commits.append(c);
        ++added;
    }
    // A log that grew since it was loaded keeps at most about kMaxCheckpoints copies too:
    // twice the spacing, every other checkpoint dropped.
    while (m_commits.size() / m_interval > 2 * kMaxCheckpoints) {
        m_interval *= 2;
        bool keep = false;
        for (auto it = m_checkpoints.begin(); it != m_checkpoints.end(); keep = !keep)
            it = keep ? std::next(it) : m_checkpoints.erase(it);
    }
    return added;
}

const HistoryRecord *HistoryTimeline::commit(qint64 revision) const
{
    const qint64 i = revision - m_baseRevision - 1;
    if (i < 0 || i >= m_commits.size())
        return nullptr;
    return &m_commits.at(i);
}

qint64 HistoryTimeline::clamp(qint64 revision) const
{
    return qBound(m_baseRevision, revision, latestRevision());
}

void HistoryTimeline::replay(Document &document, qint64 from, qint64 to) const
{
    for (qint64 r = from + 1; r <= to; ++r)
        document.apply(m_commits.at(r - m_baseRevision - 1).ops);
}

void HistoryTimeline::buildCheckpointsTo(qint64 revision) const
{
    while (m_built + m_interval <= revision) {
        replay(m_tip, m_built, m_built + m_interval);
        m_built += m_interval;
        m_checkpoints.emplace(m_built, m_tip);
    }
}

Document HistoryTimeline::stateAt(qint64 revision) const
{
    revision = clamp(revision);
    buildCheckpointsTo(revision);
    auto it = m_checkpoints.upper_bound(revision);
    Document document = it == m_checkpoints.begin() ? m_base : std::prev(it)->second;
    const qint64 from = it == m_checkpoints.begin() ? m_baseRevision : std::prev(it)->first;
    replay(document, from, revision);
    return document;
}

QSet<QString> HistoryTimeline::seek(Document &document, qint64 from, qint64 to) const
{
    from = clamp(from);
    to = clamp(to);
    QSet<QString> changed;
    if (from == to)
        return changed;
    for (qint64 r = qMin(from, to) + 1; r <= qMax(from, to); ++r)
        changed.unite(touched(m_commits.at(r - m_baseRevision - 1)));
    if (to > from && to - from <= m_interval) {
        replay(document, from, to);
        return changed;
    }
    // Backwards (ops have no inverse) or far ahead: the target from its checkpoint, then
    // only the objects in between are copied over.
    const Document target = stateAt(to);
    for (const QString &id : std::as_const(changed)) {
        if (const Object *o = target.find(id))
            document.put(*o);
        else
            document.erase(id);
    }
    return changed;
}

QSet<QString> HistoryTimeline::touched(const HistoryRecord &commit)
{
    QSet<QString> ids;
    for (const Op &op : commit.ops)
        ids.insert(op.id);
    return ids;
}

} // namespace inkboard::sync
