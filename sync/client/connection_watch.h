// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace inkboard::sync {

// Tells when open sockets may be dead although nothing said so: the platform reports the
// network reachable again or on another transport medium (QNetworkInformation, where the
// platform has a backend), or the wall clock jumped past the monotonic one by more than
// wakeCheckMs (the machine slept).
class ConnectionWatch : public QObject
{
    Q_OBJECT
public:
    explicit ConnectionWatch(int wakeCheckMs, QObject *parent = nullptr);

    // Starts watching (once; later calls do nothing).
    void start();

signals:
    void networkChanged();
    void woke();

private:
    int m_wakeCheckMs;
    bool m_started = false;
    QTimer m_wakeTimer;
    QElapsedTimer m_monotonic;
    qint64 m_wall = 0;
};

} // namespace inkboard::sync
