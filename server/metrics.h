// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QHash>
#include <array>

namespace inkboard::server {

// Counters for GET /metrics (Prometheus text exposition 0.0.4). Main thread only.
class Metrics
{
public:
    static constexpr std::array<double, 12> kBuckets{0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025,
                                                     0.05,   0.1,   0.25,   0.5,   1.0,  2.5};

    void request() { ++m_requests; }
    void rejected(int status, const QByteArray &code) { ++m_rejected[{status, code}]; }
    void committed(int ops)
    {
        ++m_commits;
        m_ops += ops;
    }
    void duplicateOps(int n) { m_duplicateOps += n; }
    void fanout(double seconds, int subscribers);
    void presenceRelayed() { ++m_presence; }
    void presenceDropped() { ++m_presenceDropped; }
    void slowSubscriberClosed() { ++m_slowClosed; }
    void wsOpened() { ++m_wsOpened; }
    void fanoutRefused() { ++m_fanoutRefused; }
    void historicSnapshot(bool cached) { ++(cached ? m_snapshotHits : m_snapshotBuilds); }
    void snapshotCacheHolds(qint64 entries, qint64 bytes)
    {
        m_snapshotCacheEntries = entries;
        m_snapshotCacheBytes = bytes;
    }

    // Gauges are read when rendering.
    QByteArray render(qint64 httpConnections, qint64 wsConnections, qint64 activeDrawings,
                      qint64 writerQueue, qint64 transactions) const;

private:
    qint64 m_requests = 0;
    qint64 m_commits = 0;
    qint64 m_ops = 0;
    qint64 m_duplicateOps = 0;
    qint64 m_presence = 0;
    qint64 m_presenceDropped = 0;
    qint64 m_slowClosed = 0;
    qint64 m_wsOpened = 0;
    qint64 m_fanoutMessages = 0;
    qint64 m_fanoutRefused = 0;
    qint64 m_snapshotHits = 0;
    qint64 m_snapshotBuilds = 0;
    qint64 m_snapshotCacheEntries = 0;
    qint64 m_snapshotCacheBytes = 0;
    std::array<qint64, kBuckets.size()> m_fanoutBuckets{};
    qint64 m_fanoutCount = 0;
    double m_fanoutSum = 0;
    QHash<std::pair<int, QByteArray>, qint64> m_rejected;
};

} // namespace inkboard::server
