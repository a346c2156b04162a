// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QPair>
#include <QtGlobal>
#include <optional>

namespace inkboard::bench {

// Resident set size (VmRSS of /proc/<pid>/status) in KiB.
std::optional<qint64> rssKiB(qint64 pid);

// User + system CPU time of a process (/proc/<pid>/stat) in seconds.
std::optional<double> processCpuSeconds(qint64 pid);

// CPU use of this process and of its busiest thread over an interval: how we check that the
// generator, which shares the machine's cores with the server, is not the bottleneck.
class CpuMeter
{
public:
    explicit CpuMeter(qint64 serverPid);
    void start();
    void stop();

    double wallSeconds() const { return m_wall; }
    // Core-seconds per wall second (1.0 = one core fully busy).
    double generatorCores() const;
    double busiestGeneratorThreadCores() const;
    std::optional<double> serverCores() const;

private:
    struct Snapshot
    {
        qint64 wallNs = 0;
        double self = 0;
        std::optional<double> server;
        QList<QPair<qint64, double>> threads; // tid, cpu seconds
    };
    Snapshot take() const;

    qint64 m_serverPid;
    Snapshot m_begin;
    double m_wall = 0;
    double m_self = 0;
    double m_busiest = 0;
    std::optional<double> m_server;
};

} // namespace inkboard::bench
