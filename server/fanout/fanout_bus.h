// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

namespace inkboard::server {

// One message between nodes. What `arg` and `body` hold depends on the kind.
struct FanoutMessage
{
    enum Kind : char
    {
        Commit = 'c',   // arg: its revision; body: the push frame
        Presence = 'p', // arg: the session; body: the presence frame
        Leave = 'l',    // arg: the session; body: the leave frame
        Comment = 'm',  // body: the comment frame
        Control = 'x'   // body: an access change as JSON (PushHub::control)
    };
    char kind = 0;
    QByteArray arg;
    QByteArray body;
};

// How PushHub reaches the other nodes that serve the same drawings. The hub sends, the bus
// carries: channels, framing and telling its own messages apart are the bus's business.
class FanoutBus : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Messages published now reach the other nodes: while not, what they commit must be
    // looked for in the store.
    virtual bool connected() const = 0;
    virtual void publish(const QString &channel, const FanoutMessage &message) = 0;
    virtual void subscribe(const QString &channel) = 0;
    virtual void unsubscribe(const QString &channel) = 0;

signals:
    // A message another node published on a subscribed channel (never one of this node).
    void received(const QString &channel, const FanoutMessage &message);
    // Up again, every channel subscribed again (true), or gone (false): what was published
    // meanwhile is lost, receivers fill the gap from the store.
    void connectedChanged(bool up);
};

} // namespace inkboard::server
