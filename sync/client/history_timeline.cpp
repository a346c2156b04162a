// SPDX-License-Identifier: Apache-2.0
#include "history_timeline.h"

#include <algorithm>

namespace inkboard::sync {

void HistoryTimeline::resetBase(const HistoryBase &base)
{
    m_baseRevision = base.revision;
    m_base.clear();
    m_base.reserve(base.objects.size());
    for (const Object &o : base.objects)
        m_base.put(o);
    m_commits.clear();
    m_unreadable = 0;
    m_checkpoints.clear();
    m_stored.clear();
    m_read = {};
    m_readEntries = {};
    m_toStore.clear();
    m_warmedTo = m_baseRevision;
}

void HistoryTimeline::reset(const HistoryBase &base, QList<HistoryRecord> commits)
{
    resetBase(base);
    m_interval = qMax<qint64>(kMinInterval, commits.size() / kMaxCheckpoints);
    append(commits);
}

void HistoryTimeline::reset(const HistoryBase &base, QList<HistoryEntry> commits)
{
    resetBase(base);
    m_interval = qMax<qint64>(kMinInterval, commits.size() / kMaxCheckpoints);
    append(commits);
}

void HistoryTimeline::reset(const HistoryBase &base, const QList<qint64> &times, EntryReader read)
{
    resetBase(base);
    m_interval = qMax<qint64>(kMinInterval, times.size() / kMaxCheckpoints);
    m_readEntries = std::move(read);
    m_commits.reserve(times.size());
    qint64 revision = m_baseRevision;
    for (qint64 ms : times) {
        Slot slot;
        slot.record.revision = ++revision;
        slot.createdMs = ms;
        slot.loaded = false;
        m_commits.append(std::move(slot));
    }
}

HistoryTimeline::Slot &HistoryTimeline::loadedSlot(qint64 revision) const
{
    Slot &slot = m_commits[revision - m_baseRevision - 1];
    if (slot.loaded)
        return slot;
    // The whole chunk around it: a list shows neighbours, a replay walks on.
    const qint64 index = revision - m_baseRevision - 1;
    const qint64 from = index / kReadChunk * kReadChunk;
    const qint64 to = qMin<qint64>(from + kReadChunk, m_commits.size());
    const QList<HistoryEntry> entries =
        m_readEntries ? m_readEntries(m_baseRevision + from, m_baseRevision + to)
                      : QList<HistoryEntry>();
    for (const HistoryEntry &e : entries) {
        const qint64 i = e.record.revision - m_baseRevision - 1;
        if (i < from || i >= to || m_commits.at(i).loaded)
            continue;
        Slot &s = m_commits[i];
        s.record = e.record;
        s.record.createdAt = QDateTime::fromMSecsSinceEpoch(s.createdMs, Qt::UTC);
        s.opsJson = e.opsJson.isEmpty() ? QByteArrayLiteral("[]") : e.opsJson;
        s.loaded = true;
    }
    for (qint64 i = from; i < to; ++i) {
        Slot &s = m_commits[i];
        if (s.loaded)
            continue;
        // Not returned (a read that failed): shown as a commit that changed nothing.
        s.record.createdAt = QDateTime::fromMSecsSinceEpoch(s.createdMs, Qt::UTC);
        s.opsJson = QByteArrayLiteral("!");
        s.loaded = true;
    }
    return slot;
}

qint64 HistoryTimeline::timeOf(qint64 revision) const
{
    const qint64 i = revision - m_baseRevision - 1;
    return i < 0 || i >= m_commits.size() ? 0 : m_commits.at(i).createdMs;
}

int HistoryTimeline::appendSlot(Slot slot)
{
    if (slot.record.revision != latestRevision() + 1)
        return 0;
    slot.createdMs = slot.record.createdAt.toMSecsSinceEpoch();
    m_commits.append(std::move(slot));
    return 1;
}

int HistoryTimeline::append(const QList<HistoryRecord> &commits)
{
    int added = 0;
    for (const HistoryRecord &c : commits)
        added += appendSlot(Slot{c, {}});
    thinCheckpoints();
    return added;
}

int HistoryTimeline::append(const QList<HistoryEntry> &commits)
{
    int added = 0;
    for (const HistoryEntry &c : commits) {
        // "[]" is the form of a commit without ops, so non-empty JSON means not parsed yet.
        added +=
            appendSlot(Slot{c.record, c.opsJson.isEmpty() ? QByteArrayLiteral("[]") : c.opsJson});
    }
    thinCheckpoints();
    return added;
}

void HistoryTimeline::thinCheckpoints()
{
    // A log that grew since it was loaded keeps at most about kMaxCheckpoints copies too:
    // twice the spacing, the checkpoints off the new spacing dropped.
    while (m_commits.size() / m_interval > 2 * kMaxCheckpoints) {
        m_interval *= 2;
        for (auto it = m_checkpoints.begin(); it != m_checkpoints.end();)
            it = it->first % m_interval == 0 ? std::next(it) : m_checkpoints.erase(it);
        m_warmedTo = qMax(m_baseRevision, m_warmedTo / m_interval * m_interval);
    }
}

void HistoryTimeline::setStoredCheckpoints(QList<qint64> revisions, CheckpointReader read)
{
    m_stored = std::move(revisions);
    std::sort(m_stored.begin(), m_stored.end());
    m_read = std::move(read);
}

std::map<qint64, Document> HistoryTimeline::takeCheckpointsToStore()
{
    return std::exchange(m_toStore, {});
}

void HistoryTimeline::markStored(qint64 revision)
{
    m_toStore.erase(revision);
    const auto at = std::lower_bound(m_stored.begin(), m_stored.end(), revision);
    if (at == m_stored.end() || *at != revision)
        m_stored.insert(at, revision);
}

const OpList &HistoryTimeline::opsOf(qint64 revision) const
{
    Slot &slot = loadedSlot(revision);
    if (!slot.opsJson.isEmpty()) {
        std::optional<OpList> ops = LocalStore::parseStoredOps(slot.opsJson);
        if (ops)
            slot.record.ops = std::move(*ops);
        else
            ++m_unreadable;
        slot.opsJson = QByteArray();
    }
    return slot.record.ops;
}

const HistoryRecord *HistoryTimeline::header(qint64 revision) const
{
    const qint64 i = revision - m_baseRevision - 1;
    if (i < 0 || i >= m_commits.size())
        return nullptr;
    return &loadedSlot(revision).record;
}

const HistoryRecord *HistoryTimeline::commit(qint64 revision) const
{
    if (!header(revision))
        return nullptr;
    opsOf(revision);
    return &loadedSlot(revision).record;
}

bool HistoryTimeline::mayName(qint64 revision, const QString &id) const
{
    if (!header(revision))
        return false;
    const Slot &slot = loadedSlot(revision);
    if (slot.opsJson.isEmpty()) {
        return std::any_of(slot.record.ops.cbegin(), slot.record.ops.cend(),
                           [&](const Op &op) { return op.id == id; });
    }
    // The stored form is compact JSON (LocalStore writes it), where an op names its object
    // as "id":"…"; an id that would be escaped there is not looked for in the bytes.
    const QByteArray utf8 = id.toUtf8();
    if (std::any_of(utf8.cbegin(), utf8.cend(),
                    [](char c) { return c == '"' || c == '\\' || uchar(c) < 0x20; }))
        return true;
    return slot.opsJson.contains(QByteArrayLiteral("\"id\":\"") + utf8 + '"');
}

qint64 HistoryTimeline::clamp(qint64 revision) const
{
    return qBound(m_baseRevision, revision, latestRevision());
}

void HistoryTimeline::replay(Document &document, qint64 from, qint64 to) const
{
    for (qint64 r = from + 1; r <= to; ++r)
        document.apply(opsOf(r));
}

qint64 HistoryTimeline::storedSpacing() const
{
    return qMax<qint64>(kMinStoredSpacing, m_commits.size() / kStoredCheckpoints);
}

void HistoryTimeline::keep(qint64 revision, const Document &document) const
{
    m_checkpoints.emplace(revision, document);
    if (!m_read)
        return;
    // Worth storing when the store has none within a spacing below it, nor was offered one.
    const auto above = std::upper_bound(m_stored.cbegin(), m_stored.cend(), revision);
    const qint64 storedBelow = above == m_stored.cbegin() ? m_baseRevision : *std::prev(above);
    const auto offered = m_toStore.upper_bound(revision);
    const qint64 offeredBelow =
        offered == m_toStore.begin() ? m_baseRevision : std::prev(offered)->first;
    if (revision - qMax(storedBelow, offeredBelow) >= storedSpacing())
        m_toStore.emplace(revision, document);
}

std::pair<qint64, Document> HistoryTimeline::nearest(qint64 revision) const
{
    const auto it = m_checkpoints.upper_bound(revision);
    const qint64 at = it == m_checkpoints.begin() ? m_baseRevision : std::prev(it)->first;
    // Reading one from the store costs about what replaying a few thousand commits does:
    // only when the nearest in memory is further than the spacing of those in memory.
    while (m_read && revision - at > m_interval) {
        const auto above = std::upper_bound(m_stored.cbegin(), m_stored.cend(), revision);
        if (above == m_stored.cbegin() || *std::prev(above) <= at)
            break;
        const qint64 stored = *std::prev(above);
        std::optional<QList<Object>> objects = m_read(stored);
        if (!objects) {
            m_stored.removeOne(stored);
            continue;
        }
        Document document;
        document.reserve(objects->size());
        for (const Object &o : std::as_const(*objects))
            document.put(o);
        m_checkpoints.emplace(stored, document);
        return {stored, std::move(document)};
    }
    return {at, it == m_checkpoints.begin() ? m_base : std::prev(it)->second};
}

Document HistoryTimeline::stateAt(qint64 revision) const
{
    revision = clamp(revision);
    auto [at, document] = nearest(revision);
    // On the way, a checkpoint at every multiple of the interval, so that the next revision
    // asked for near here starts close.
    for (qint64 next = (at / m_interval + 1) * m_interval; next <= revision; next += m_interval) {
        replay(document, at, next);
        at = next;
        keep(at, document);
    }
    replay(document, at, revision);
    return document;
}

bool HistoryTimeline::warmUp() const
{
    for (qint64 next = (m_warmedTo / m_interval + 1) * m_interval; next <= latestRevision();
         next += m_interval) {
        m_warmedTo = next;
        if (m_checkpoints.count(next) == 0) {
            stateAt(next);
            return true;
        }
    }
    return false;
}

std::optional<QSet<QString>> HistoryTimeline::seek(Document &document, qint64 from, qint64 to,
                                                   qsizetype limit) const
{
    from = clamp(from);
    to = clamp(to);
    QSet<QString> changed;
    if (from == to)
        return changed;
    bool many = false;
    for (qint64 r = qMin(from, to) + 1; r <= qMax(from, to) && !many; ++r) {
        for (const Op &op : opsOf(r))
            changed.insert(op.id);
        many = changed.size() > limit;
    }
    if (many) {
        document = stateAt(to);
        return std::nullopt;
    }
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
