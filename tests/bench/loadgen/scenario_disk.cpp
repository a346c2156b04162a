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
    std::vector<qint64> flush;
    flush.reserve(std::size_t(o.commits));
    bool ok = true;
    for (int i = 0; i < o.commits && ok; ++i) {
        const qint64 t0 = nowNs();
        ok = ::write(fd, record.constData(), std::size_t(record.size())) == record.size() &&
             ::fdatasync(fd) == 0;
        flush.push_back(nowNs() - t0);
    }
    ::close(fd);
    QFile::remove(path);
    if (!ok) {
        r.problems << QStringLiteral("write or fdatasync failed in %1").arg(dir);
        return r;
    }
    const Summary s = summarize(flush);
    r.figures.insert(QStringLiteral("append_fdatasync"), s.toJson());
    r.addRow(
        QStringLiteral("disk: 256-byte append + fdatasync p50 / p99 (%1 flushes)").arg(o.commits),
        QStringLiteral("%1 / %2 (ceiling for one writer: %3 commits/s)")
            .arg(fmtMs(s.p50), fmtMs(s.p99), fmt(1000.0 / std::max(s.p50, 1e-3))));
    return r;
}

} // namespace inkboard::bench
