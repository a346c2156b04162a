// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QString>

namespace inkboard::bench {

// Where the server is and who we are to it. `source` binds the client side of each socket to
// another loopback address (127.0.0.N), so that per-address connection caps of the server
// apply to groups of connections rather than to the whole benchmark.
struct Endpoint
{
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 0;
    QByteArray token; // bearer token, empty before login
    QHostAddress source;

    QByteArray hostHeader() const { return host.toLatin1() + ':' + QByteArray::number(port); }
};

} // namespace inkboard::bench
