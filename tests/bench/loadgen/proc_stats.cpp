// SPDX-License-Identifier: Apache-2.0
#include "proc_stats.h"

#include "clock.h"

#include <QDir>
#include <QFile>
#include <QList>
#include <sys/resource.h>
#include <unistd.h>

namespace inkboard::bench {

namespace {

std::optional<double> cpuFromStatFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray line = f.readAll();
    // The command name (field 2) may hold spaces and parentheses: fields restart after ')'.
    const qsizetype close = line.lastIndexOf(')');
    if (close < 0)
        return std::nullopt;
    const QList<QByteArray> fields = line.mid(close + 2).split(' ');
    // After ')': state is field 3, so utime (14) and stime (15) are at 11 and 12.
    if (fields.size() < 13)
        return std::nullopt;
    const double ticks = double(sysconf(_SC_CLK_TCK));
    return (fields[11].toDouble() + fields[12].toDouble()) / ticks;
}

} // namespace

std::optional<qint64> rssKiB(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return std::nullopt;
}

std::optional<double> processCpuSeconds(qint64 pid)
{
    return cpuFromStatFile(QStringLiteral("/proc/%1/stat").arg(pid));
}

CpuMeter::CpuMeter(qint64 serverPid) : m_serverPid(serverPid) {}

CpuMeter::Snapshot CpuMeter::take() const
{
    Snapshot s;
    s.wallNs = nowNs();
    rusage ru{};
    getrusage(RUSAGE_SELF, &ru);
    s.self = double(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) +
             double(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
    if (m_serverPid > 0)
        s.server = processCpuSeconds(m_serverPid);
    const QStringList tids =
        QDir(QStringLiteral("/proc/self/task")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &tid : tids) {
        if (auto cpu = cpuFromStatFile(QStringLiteral("/proc/self/task/%1/stat").arg(tid)))
            s.threads.append({tid.toLongLong(), *cpu});
    }
    return s;
}

void CpuMeter::start()
{
    m_begin = take();
}

void CpuMeter::stop()
{
    const Snapshot end = take();
    m_wall = double(end.wallNs - m_begin.wallNs) / 1e9;
    m_self = end.self - m_begin.self;
    if (end.server && m_begin.server)
        m_server = *end.server - *m_begin.server;
    m_busiest = 0;
    for (const auto &[tid, cpu] : end.threads) {
        double before = 0;
        for (const auto &[t0, c0] : m_begin.threads) {
            if (t0 == tid)
                before = c0;
        }
        m_busiest = std::max(m_busiest, cpu - before);
    }
}

double CpuMeter::generatorCores() const
{
    return m_wall > 0 ? m_self / m_wall : 0;
}

double CpuMeter::busiestGeneratorThreadCores() const
{
    return m_wall > 0 ? m_busiest / m_wall : 0;
}

std::optional<double> CpuMeter::serverCores() const
{
    if (!m_server || m_wall <= 0)
        return std::nullopt;
    return *m_server / m_wall;
}

} // namespace inkboard::bench
