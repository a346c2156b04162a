// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>

namespace inkboard::server {

// All the pipeline knows of fan-out (PushHub implements it): where durable commits go.
// `frame` is the commit's push JSON (PROTOCOL.md §5), written once for every subscriber.
class CommitPublisher
{
public:
    virtual ~CommitPublisher() = default;
    // A commit this node made is durable: to the other nodes and to this node's subscribers.
    // Returns how many subscribers here it reached.
    virtual int publishCommit(const QString &drawingId, qint64 revision,
                              const QByteArray &frame) = 0;
    // A commit another node made, found in the store: to this node's subscribers only, in
    // revision order (one already sent is dropped).
    virtual int relayCommit(const QString &drawingId, qint64 revision, const QByteArray &frame) = 0;
    // How many subscribers of the drawing this node serves: an idle drawing without any may
    // be unloaded.
    virtual int subscribersOf(const QString &drawingId) const = 0;
};

} // namespace inkboard::server
