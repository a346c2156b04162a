// SPDX-License-Identifier: Apache-2.0
#include "connection_watch.h"

#include <QDateTime>
#include <QNetworkInformation>

namespace inkboard::sync {

ConnectionWatch::ConnectionWatch(int wakeCheckMs, QObject *parent)
    : QObject(parent), m_wakeCheckMs(wakeCheckMs)
{
    m_wakeTimer.setInterval(m_wakeCheckMs);
    connect(&m_wakeTimer, &QTimer::timeout, this, [this] {
        const qint64 wall = QDateTime::currentMSecsSinceEpoch() - m_wall;
        const qint64 mono = m_monotonic.restart();
        m_wall = QDateTime::currentMSecsSinceEpoch();
        if (wall - mono > m_wakeCheckMs)
            emit woke();
    });
}

void ConnectionWatch::start()
{
    if (m_started)
        return;
    m_started = true;
    if (QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        QNetworkInformation *info = QNetworkInformation::instance();
        auto reachable = [info] {
            const auto r = info->reachability();
            return r == QNetworkInformation::Reachability::Online ||
                   r == QNetworkInformation::Reachability::Local;
        };
        connect(info, &QNetworkInformation::reachabilityChanged, this, [this, reachable] {
            if (reachable())
                emit networkChanged();
        });
        // Wi-Fi to Ethernet, or to a phone's hotspot: still online, but the sockets of the
        // old interface are gone (backends without this feature never emit it).
        connect(info, &QNetworkInformation::transportMediumChanged, this, [this, reachable] {
            if (reachable())
                emit networkChanged();
        });
    }
    m_monotonic.start();
    m_wall = QDateTime::currentMSecsSinceEpoch();
    m_wakeTimer.start();
}

} // namespace inkboard::sync
