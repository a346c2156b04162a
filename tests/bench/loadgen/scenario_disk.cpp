// SPDX-License-Identifier: Apache-2.0
#include "clock.h"
#include "scenarios.h"
#include "stats.h"

#include <QDir>
#include <QFile>
#include <fcntl.h>
#include <unistd.h>

namespace inkboard::bench {

// The floor under every durable figure: how long one small append + fdatasync takes in the
// folder the server writes to. One writer with one commit in flight can never go faster
// than one such flush per commit; group commit shares one flush among concurrent commits.
Result runDisk(const Options &o)
{
    Result r;
    r.scenario = QStringLiteral("disk");
    const QString dir = o.dataDir.isEmpty() ? QDir::tempPath() : o.dataDir;
    r.params.insert(QStringLiteral("folder"), dir);
    r.params.insert(QStringLiteral("flushes"), o.commits);
    const QString path = QDir(dir).filePath(QStringLiteral("inkboard-loadgen-fsync.tmp"));
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (fd < 0) {
        r.problems << QStringLiteral("cannot create %1").arg(path);
        return r;
    }
    const QByteArray record(256, 'x');
    // Growing the file (a new WAL) makes every flush also commit the file's new size in the
    // filesystem journal; rewriting blocks already there (a WAL being reused) flushes data only.
    auto measure = [&](bool overwrite, std::vector<qint64> *out) {
        out->reserve(std::size_t(o.commits));
        for (int i = 0; i < o.commits; ++i) {
            const qint64 t0 = nowNs();
            const off_t at = overwrite ? off_t(i) * record.size() : -1;
            const ssize_t n = at >= 0 ? ::pwrite(fd, record.constData(), record.size(), at)
                                      : ::write(fd, record.constData(), record.size());
            if (n != record.size() || ::fdatasync(fd) != 0)
                return false;
            out->push_back(nowNs() - t0);
        }
        return true;
    };
    std::vector<qint64> append, rewrite;
    const bool ok = measure(false, &append) && measure(true, &rewrite);
    ::close(fd);
    QFile::remove(path);
    if (!ok) {
        r.problems << QStringLiteral("write or fdatasync failed in %1").arg(dir);
        return r;
    }
    const Summary a = summarize(append), w = summarize(rewrite);
    r.figures.insert(QStringLiteral("append_fdatasync"), a.toJson());
    r.figures.insert(QStringLiteral("rewrite_fdatasync"), w.toJson());
    r.addRow(QStringLiteral("disk: 256-byte write + fdatasync p50 / p99, appending / rewriting "
                            "(%1 each)")
                 .arg(o.commits),
             QStringLiteral("%1 / %2; %3 / %4 (one writer in series: at most %5 commits/s)")
                 .arg(fmtMs(a.p50), fmtMs(a.p99), fmtMs(w.p50), fmtMs(w.p99),
                      fmt(1000.0 / std::max(w.p50, 1e-3))));
    return r;
}

} // namespace inkboard::bench
