// SPDX-License-Identifier: Apache-2.0
#include "op_dedupe.h"

#include <QCryptographicHash>

namespace inkboard::server {

namespace {

QByteArray payloadHash(const QByteArray &canonical)
{
    return QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).left(16).toHex();
}

constexpr qsizetype kMaxRecentOps = 200000;

} // namespace

std::variant<OpDedupe::Sorted, CommitOutcome> OpDedupe::sort(const OpList &ops, qint64 revision)
{
    QStringList unknown;
    for (const Op &op : ops) {
        // Only what the filter cannot rule out costs a store read.
        if (!m_recent.contains(op.opId) && m_filter.mayContain(op.opId))
            unknown.append(op.opId);
    }
    QHash<QString, OpRecord> stored;
    if (!unknown.isEmpty()) {
        auto found = m_store.ops(m_drawingId, unknown);
        if (!found)
            return CommitOutcome::unavailable(QStringLiteral("storage unavailable"));
        stored = std::move(*found);
    }

    Sorted sorted;
    sorted.freshJson = "[";
    QHash<QString, QByteArray> inCall; // op_id -> hash of the ops new in this call
    for (qsizetype i = 0; i < ops.size(); ++i) {
        const Op &op = ops[i];
        const QByteArray canonical = op.canonicalPayload();
        const QByteArray hash = payloadHash(canonical);
        std::optional<qint64> existing;
        QByteArray existingHash;
        if (auto it = inCall.constFind(op.opId); it != inCall.constEnd()) {
            existing = revision;
            existingHash = *it;
        } else if (auto r = m_recent.constFind(op.opId); r != m_recent.constEnd()) {
            existing = r->revision;
            existingHash = r->hash;
        } else if (auto s = stored.constFind(op.opId); s != stored.constEnd()) {
            existing = s->revision;
            existingHash = s->payloadHash;
        }
        if (existing) {
            if (existingHash != hash) {
                protocol::ApiError e = protocol::ApiError::conflict(
                    QStringLiteral("op_id_conflict"),
                    QStringLiteral("op_id %1 was already used with another payload").arg(op.opId));
                e.extra.insert(QStringLiteral("index"), int(i));
                e.extra.insert(QStringLiteral("op_id"), op.opId);
                return CommitOutcome::refused(std::move(e));
            }
            sorted.results.append({op.opId, *existing, true});
            ++sorted.duplicates;
            if (*existing != revision)
                sorted.waitFor = qMax(sorted.waitFor, *existing);
            continue;
        }
        inCall.insert(op.opId, hash);
        sorted.hashes.append({op.opId, hash});
        sorted.fresh.append(op);
        // The compact array is its compact elements joined: serialize each op only once.
        sorted.freshJson += (sorted.freshJson.size() > 1 ? "," : "") + canonical;
        sorted.results.append({op.opId, revision, false});
    }
    sorted.freshJson += ']';
    return sorted;
}

void OpDedupe::remember(const QList<std::pair<QString, QByteArray>> &hashes, qint64 revision)
{
    for (const auto &[opId, hash] : hashes) {
        m_recent.insert(opId, Assigned{revision, hash});
        m_filter.add(opId);
    }
    if (m_filter.full()) {
        QString error;
        if (!rebuild(&error)) // the filter must never miss an id: check them all
            m_filter = OpIdFilter();
    }
}

void OpDedupe::forgetAbove(qint64 durable)
{
    for (auto it = m_recent.begin(); it != m_recent.end();) {
        if (it->revision > durable)
            it = m_recent.erase(it);
        else
            ++it;
    }
}

void OpDedupe::trimDurable(qint64 durable)
{
    if (m_recent.size() <= kMaxRecentOps)
        return;
    for (auto it = m_recent.begin(); it != m_recent.end();) {
        if (it->revision <= durable)
            it = m_recent.erase(it);
        else
            ++it;
    }
}

bool OpDedupe::rebuild(QString *error)
{
    const auto ids = m_store.opIds(m_drawingId);
    if (!ids) {
        *error = m_store.lastError();
        return false;
    }
    m_filter.reset(2 * (ids->size() + m_recent.size()) + 1024);
    for (const QString &id : *ids)
        m_filter.add(id);
    for (auto it = m_recent.cbegin(); it != m_recent.cend(); ++it)
        m_filter.add(it.key());
    return true;
}

} // namespace inkboard::server
