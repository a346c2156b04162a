// SPDX-License-Identifier: Apache-2.0
// Node's `ws` as a client of the server's WebSocket layer (ws_node_client.cjs): fragments
// with a ping between them, the pong, and a close code. `ws` is Debian's (node-ws, which
// scripts/setup.sh installs) or the y-websocket anchor's (npm ci in
// tests/bench/loadgen/ywebsocket); skipped, saying so, without node or either.
#include "test_common.h"

#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

using namespace inkboard::test;

class TestServerWsNode : public QObject
{
    Q_OBJECT

private slots:
    void nodeWsClient()
    {
        const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
        if (node.isEmpty())
            QSKIP("no node");
        const QString dir = QStringLiteral(INKBOARD_SOURCE_DIR "/tests/integration/server");
        QString ws;
        for (const QString &candidate :
             {QStringLiteral(INKBOARD_SOURCE_DIR "/tests/bench/loadgen/ywebsocket/node_modules/ws"),
              QStringLiteral("/usr/share/nodejs/ws")}) {
            if (ws.isEmpty() && QFileInfo::exists(candidate + QStringLiteral("/package.json")))
                ws = candidate;
        }
        if (ws.isEmpty())
            QSKIP("no ws module: apt-get install node-ws (scripts/setup.sh), or npm ci in "
                  "tests/bench/loadgen/ywebsocket");
        World w({"--presence-per-second", "0"});
        QVERIFY2(w.setUp(), qPrintable(w.server.serverStderr()));
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(node, {dir + QStringLiteral("/ws_node_client.cjs"),
                       QString::number(w.server.baseUrl().port()), w.bob, w.carol, ws});
        QVERIFY(p.waitForFinished(30000));
        const QByteArray out = p.readAll();
        QVERIFY2(p.exitCode() == 0 && out.trimmed().endsWith("ok"), out.constData());
        QCOMPARE(w.server.terminate(), 0);
    }
};

QTEST_MAIN(TestServerWsNode)
#include "tst_server_ws_node.moc"
