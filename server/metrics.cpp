// SPDX-License-Identifier: Apache-2.0
#include "metrics.h"

namespace inkboard::server {

void Metrics::fanout(double seconds, int subscribers)
{
    for (size_t i = 0; i < kBuckets.size(); ++i) {
        if (seconds <= kBuckets[i])
            ++m_fanoutBuckets[i];
    }
    ++m_fanoutCount;
    m_fanoutSum += seconds;
    m_fanoutMessages += subscribers;
}

QByteArray Metrics::render(qint64 httpConnections, qint64 wsConnections, qint64 activeDrawings,
                           qint64 writerQueue, qint64 transactions) const
{
    QByteArray out;
    auto metric = [&out](const char *name, const char *type, const char *help, auto value) {
        out += QByteArray("# HELP ") + name + ' ' + help + "\n# TYPE " + name + ' ' + type + '\n' +
               name + ' ' + QByteArray::number(value) + '\n';
    };
    metric("inkboard_http_connections", "gauge", "Open HTTP connections.", httpConnections);
    metric("inkboard_websocket_connections", "gauge", "Open WebSocket sessions.", wsConnections);
    metric("inkboard_websocket_opened_total", "counter", "WebSocket sessions opened.", m_wsOpened);
    metric("inkboard_active_drawings", "gauge", "Drawings held in memory.", activeDrawings);
    metric("inkboard_http_requests_total", "counter", "HTTP requests answered.", m_requests);
    metric("inkboard_commits_total", "counter", "Durable commits.", m_commits);
    metric("inkboard_ops_total", "counter", "Ops applied in durable commits.", m_ops);
    metric("inkboard_duplicate_ops_total", "counter", "Ops recognised as duplicates.",
           m_duplicateOps);
    metric("inkboard_store_transactions_total", "counter", "Group-commit transactions.",
           transactions);
    metric("inkboard_store_queue", "gauge", "Write jobs waiting for the writer.", writerQueue);
    metric("inkboard_presence_relayed_total", "counter", "Presence messages relayed.", m_presence);
    metric("inkboard_presence_dropped_total", "counter", "Presence messages over the rate limit.",
           m_presenceDropped);
    metric("inkboard_slow_subscribers_closed_total", "counter",
           "Subscribers closed with 4408 for falling behind.", m_slowClosed);
    metric("inkboard_fanout_messages_total", "counter", "Commit frames sent to subscribers.",
           m_fanoutMessages);
    metric("inkboard_fanout_refused_total", "counter",
           "Messages from other nodes dropped unrelayed: not what a client could parse.",
           m_fanoutRefused);
    metric("inkboard_historic_snapshots_built_total", "counter",
           "Snapshots at a past revision rebuilt from history.", m_snapshotBuilds);
    metric("inkboard_historic_snapshot_cache_hits_total", "counter",
           "Snapshots at a past revision answered from the cache.", m_snapshotHits);
    metric("inkboard_historic_snapshot_cache_entries", "gauge",
           "Historic snapshots cached on this node.", m_snapshotCacheEntries);
    metric("inkboard_historic_snapshot_cache_bytes", "gauge",
           "Bytes of historic snapshots cached on this node.", m_snapshotCacheBytes);

    out += "# HELP inkboard_fanout_latency_seconds From a commit request to its frame queued for "
           "every subscriber.\n# TYPE inkboard_fanout_latency_seconds histogram\n";
    for (size_t i = 0; i < kBuckets.size(); ++i) {
        out += "inkboard_fanout_latency_seconds_bucket{le=\"" + QByteArray::number(kBuckets[i]) +
               "\"} " + QByteArray::number(m_fanoutBuckets[i]) + '\n';
    }
    out += "inkboard_fanout_latency_seconds_bucket{le=\"+Inf\"} " +
           QByteArray::number(m_fanoutCount) + '\n';
    out += "inkboard_fanout_latency_seconds_sum " + QByteArray::number(m_fanoutSum, 'g', 12) + '\n';
    out += "inkboard_fanout_latency_seconds_count " + QByteArray::number(m_fanoutCount) + '\n';

    out += "# HELP inkboard_rejected_requests_total Requests answered with an error, by status "
           "and code.\n# TYPE inkboard_rejected_requests_total counter\n";
    for (auto it = m_rejected.begin(); it != m_rejected.end(); ++it) {
        out += "inkboard_rejected_requests_total{status=\"" + QByteArray::number(it.key().first) +
               "\",code=\"" + it.key().second + "\"} " + QByteArray::number(it.value()) + '\n';
    }
    return out;
}

} // namespace inkboard::server
