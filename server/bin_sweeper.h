// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "context.h"

#include <QObject>
#include <QTimer>

namespace inkboard::server {

// Purges drawings that have been in the bin longer than --bin-retention-days: at start and
// then hourly, a bounded batch per writer job so that a large backlog never holds up
// commits. Every node may sweep; a purge of what another node purged already does nothing.
class BinSweeper : public QObject
{
    Q_OBJECT
public:
    explicit BinSweeper(ServerContext &context, QObject *parent = nullptr);

    // Purges what was deleted before now minus the retention.
    void sweep();

    static constexpr int kBatch = 100;

private:
    ServerContext &m_ctx;
    QTimer m_timer;
    bool m_running = false;
};

} // namespace inkboard::server
