// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/document.h"
#include "model/op.h"
#include "model/replica.h"

#include <QObject>
#include <QSet>

namespace inkboard::canvas {

// A fresh id for an object or an op: a UUIDv4 without braces (PROTOCOL.md §1).
QString newId();

// Where edits go: the visible document to compute them against, and the one path that applies
// them. The app's target is the sync session; tests and benchmarks use ReplicaTarget.
class OpTarget
{
public:
    virtual ~OpTarget() = default;
    virtual const Document &document() const = 0;
    // True when the ops were applied; false when the target refused them (it says why to
    // the user itself), so that no undo step is kept for an edit that did not happen.
    virtual bool submit(const OpList &ops) = 0;
};

// A drawing held in memory by a Replica: local ops are applied at once, and remote commits can
// be fed in (what a peer's edit looks like to this client).
class ReplicaTarget : public QObject, public OpTarget
{
    Q_OBJECT
public:
    explicit ReplicaTarget(QObject *parent = nullptr) : QObject(parent) {}

    const Replica &replica() const { return m_replica; }
    const Document &document() const override { return m_replica.visible(); }
    bool submit(const OpList &ops) override;
    // Makes the next submit() fail, as a full disk would make a store refuse (tests).
    void refuseNextSubmit() { m_refuseNext = true; }
    // The server's commit of every pending local op, in order (as a local echo does).
    void acknowledgePending();
    // A commit by someone else, ordered after this client's pending ops (which are
    // acknowledged first, as a server that received them earlier would).
    void applyRemote(const OpList &ops);
    // Loads objects as the confirmed state (a snapshot).
    void load(const QList<Object> &objects);

signals:
    void objectsChanged(const QSet<QString> &ids);

private:
    Replica m_replica;
    bool m_refuseNext = false;
};

} // namespace inkboard::canvas
