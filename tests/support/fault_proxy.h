#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

namespace inkboard::test {

// A TCP proxy on 127.0.0.1:0 between a client and the real server that injects the faults
// a test cannot cause for real: latency, cut connections, a request whose answer is cut
// (the server committed, the client never heard), dropped WebSocket frames, and refused
// connections (the network is down while the server runs).
//
// It runs on the test's event loop. It parses just enough HTTP and WebSocket framing
// (RFC 6455 §5.2, unmasked server frames) to find the requests and frames it is told to
// hit; everything else passes byte for byte.
class FaultProxy : public QObject
{
    Q_OBJECT
public:
    explicit FaultProxy(quint16 targetPort, QObject *parent = nullptr);
    ~FaultProxy() override;

    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    QUrl url() const;

    // Every chunk in both directions waits this long (0: none).
    void setDelayMs(int ms) { m_delayMs = ms; }
    // While true, new connections are closed at once and existing ones are cut.
    void setRefuse(bool refuse);
    // While true, the link is a black hole: connections open but every byte is lost in
    // both directions and nothing is closed (a dead Wi-Fi, a sleeping NAT). Turning it off
    // cuts the connections that lived through it.
    void setBlackhole(bool on);
    // Aborts every open connection (both sides).
    void cutAll();
    // The next `count` requests whose first line contains `needle` (e.g. "POST /api/v1/
    // drawings/d/ops") reach the server, but their answers are dropped and the client's
    // connection is cut as soon as the answer starts to arrive.
    void cutAnswersOf(const QByteArray &needle, int count = 1);
    // The next `count` server->client WebSocket text frames whose payload contains
    // `needle` (e.g. "\"type\":\"commit\"") are dropped.
    void dropFrames(const QByteArray &needle, int count = 1);

    int cutAnswers() const { return m_cutAnswersDone; }
    int droppedFrames() const { return m_droppedFrames; }
    int connectionsAccepted() const { return m_accepted; }

private:
    struct Link
    {
        QPointer<QTcpSocket> client;
        QPointer<QTcpSocket> upstream;
        QByteArray pendingToUpstream; // before the upstream connection is up
        QByteArray requestBuffer;     // client->server bytes not yet split into requests
        bool cutNextAnswer = false;   // a request to cut was forwarded on this link
        bool websocket = false;       // the 101 answer went by: frames from now on
        QByteArray headerBuffer;      // server->client bytes before the 101's end
        QByteArray frameBuffer;       // server->client bytes of incomplete frames
    };

    void onNewConnection();
    void fromClient(Link *link);
    void fromUpstream(Link *link);
    void deliver(QPointer<QTcpSocket> to, const QByteArray &bytes);
    QByteArray filterFrames(Link *link, const QByteArray &bytes);
    void closeLink(Link *link);

    quint16 m_targetPort;
    QTcpServer m_server;
    QList<Link *> m_links;
    int m_delayMs = 0;
    bool m_refuse = false;
    bool m_blackhole = false;
    QByteArray m_cutNeedle;
    int m_cutCount = 0;
    int m_cutAnswersDone = 0;
    QByteArray m_dropNeedle;
    int m_dropCount = 0;
    int m_droppedFrames = 0;
    int m_accepted = 0;
};

} // namespace inkboard::test
