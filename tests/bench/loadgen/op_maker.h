// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/op.h"

#include <QString>

namespace inkboard::bench {

// The edits a benchmark writer makes: a rect created every tenth op, moves of it otherwise
// (PROTOCOL.md §2: move-to is an update of x and y). A log of such commits looks like a
// session of drawing and dragging, and a drawing of C commits holds about C/10 objects.
class OpMaker
{
public:
    explicit OpMaker(QString clientId) : m_clientId(std::move(clientId)) {}

    Op next();
    OpList next(int count);
    qint64 made() const { return m_seq; }
    qint64 created() const { return m_created; }

private:
    QString m_clientId;
    qint64 m_seq = 0;
    qint64 m_created = 0;
};

// A client id for writer `index` of a run: 1-64 of [A-Za-z0-9_-].
QString benchClientId(const QString &role, int index);

} // namespace inkboard::bench
