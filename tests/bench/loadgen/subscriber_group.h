// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "endpoint.h"
#include "model/limits.h"

#include <QObject>
#include <QString>
#include <atomic>
#include <functional>
#include <vector>

namespace inkboard::bench {

class WsConnection;

// Counters shared by the subscriber groups of a run.
struct SubscriberShared
{
    std::atomic<int> hellos{0};    // connections that received their hello
    std::atomic<int> refused{0};   // upgrade refused or transport failure
    std::atomic<int> dropped{0};   // closed by the server after the hello
    std::atomic<int> badFrames{0}; // frames protocol::parsePushMessage refused, or misread
    std::atomic<int> lastCloseCode{0};
    std::atomic<qint64> helloLatest{-1}; // latest_revision of the last hello
};

// The WebSockets of one worker thread. Each connection's first frame must be a valid hello
// (protocol::parsePushMessage); the frames after it go to onFrame. Connection 0 of a group
// is a sentinel: it also parses every frame fully and checks the scanned revision.
class SubscriberGroup : public QObject
{
    Q_OBJECT
public:
    struct Target
    {
        Endpoint endpoint;
        QByteArray path;
    };
    // connection index in this group, the frame, when it was read, its scanned revision.
    using FrameHandler = std::function<void(int, QByteArrayView, qint64, qint64)>;

    SubscriberGroup(std::vector<Target> targets, int maxConnecting, Limits limits,
                    SubscriberShared *shared, QObject *parent);

    FrameHandler onFrame;
    void openAll();
    void closeAll();
    int size() const { return int(m_targets.size()); }
    // A text frame on connection `index` once it has its hello (else nothing); how many bytes.
    qsizetype sendText(int index, QByteArrayView payload);

private:
    void openMore();

    std::vector<Target> m_targets;
    std::vector<WsConnection *> m_connections;
    std::vector<char> m_helloSeen;
    int m_maxConnecting;
    int m_next = 0;
    int m_connecting = 0;
    Limits m_limits;
    SubscriberShared *m_shared;
};

} // namespace inkboard::bench
