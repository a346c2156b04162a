// SPDX-License-Identifier: Apache-2.0
#include "bin_sweeper.h"

#include "logging.h"

#include <memory>

namespace inkboard::server {

BinSweeper::BinSweeper(ServerContext &context, QObject *parent) : QObject(parent), m_ctx(context)
{
    if (m_ctx.config.binRetentionDays <= 0)
        return; // no bin: deletes remove at once
    m_timer.setInterval(3600 * 1000);
    connect(&m_timer, &QTimer::timeout, this, [this] { sweep(); });
    m_timer.start();
    QTimer::singleShot(0, this, [this] { sweep(); });
}

void BinSweeper::sweep()
{
    if (m_running || !m_ctx.writer)
        return;
    m_running = true;
    const QDateTime cutoff =
        QDateTime::currentDateTimeUtc().addDays(-qMax(0, m_ctx.config.binRetentionDays));
    auto purged = std::make_shared<QStringList>();
    m_ctx.writer->submit(
        [cutoff, purged](Store &store) {
            const auto ids = store.binnedBefore(cutoff, kBatch);
            if (!ids)
                return false;
            for (const QString &id : *ids) {
                if (!store.purgeDrawing(id))
                    return false;
            }
            *purged = *ids;
            return true;
        },
        [this, purged](bool ok) {
            m_running = false;
            if (!ok)
                qCWarning(lcServer) << "bin sweep failed; retried within the hour";
            for (const QString &id : *purged)
                qCInfo(lcServer) << "purged drawing" << id << "from the bin";
            // A full batch: there may be more, and each batch is its own short job.
            if (ok && purged->size() == kBatch)
                QTimer::singleShot(0, this, [this] { sweep(); });
        });
}

} // namespace inkboard::server
