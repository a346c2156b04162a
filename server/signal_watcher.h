// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QSocketNotifier>

namespace inkboard::server {

// Turns SIGTERM and SIGINT into a Qt signal: the handler only writes a byte to a
// socketpair, and a QSocketNotifier reads it on the event loop.
class SignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;
    bool ok() const { return m_notifier != nullptr; }

signals:
    void terminationRequested(int signal);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace inkboard::server
