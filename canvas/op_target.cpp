// SPDX-License-Identifier: Apache-2.0
#include "op_target.h"

#include <QUuid>

namespace inkboard::canvas {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool ReplicaTarget::submit(const OpList &ops)
{
    if (ops.isEmpty())
        return true;
    if (m_refuseNext) {
        m_refuseNext = false;
        return false;
    }
    emit objectsChanged(m_replica.applyLocal(ops));
    return true;
}

void ReplicaTarget::acknowledgePending()
{
    const OpList pending = m_replica.pendingOps();
    if (pending.isEmpty())
        return;
    emit objectsChanged(m_replica.applyCommit(m_replica.confirmedRevision() + 1, pending).changed);
}

void ReplicaTarget::applyRemote(const OpList &ops)
{
    acknowledgePending();
    const auto result = m_replica.applyCommit(m_replica.confirmedRevision() + 1, ops);
    emit objectsChanged(result.changed);
}

void ReplicaTarget::load(const QList<Object> &objects)
{
    emit objectsChanged(m_replica.resetConfirmed(m_replica.confirmedRevision() + 1, objects));
}

} // namespace inkboard::canvas
