// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
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
// It runs on the test's event loop. It parses just enough HTTP (request heads and
// Content-Length, the status line and Retry-After of answers) and WebSocket framing
// (RFC 6455 §5.2, unmasked server frames) to find the requests and frames it is told to
// hit, and to log the requests; everything else passes byte for byte.
class FaultProxy : public QObject
{
    Q_OBJECT
public:
    // One HTTP request a client sent through the proxy.
    struct Request
    {
        QByteArray line;     // "POST /api/v1/drawings/d/ops HTTP/1.1"
        qint64 atMs = 0;     // when its head had arrived, on the proxy's monotonic clock
        int status = 0;      // the answer's status; 0 while none came (or it was cut)
        int retryAfter = -1; // the answer's Retry-After in seconds, -1 when it had none
    };

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
    // The next `count` requests whose first line contains `needle` never reach the server:
    // the proxy answers them with `response`, a whole HTTP/1.1 answer (status line, headers
    // with Content-Length, body), and the connection stays open for the next request.
    void answerInstead(const QByteArray &needle, const QByteArray &response, int count = 1);
    // The connections open now go silent for good: their bytes are lost both ways and
    // nothing closes them, while new connections work. What a switch to another network
    // does to the sockets of the interface that went away.
    void stallOpenConnections();

    // Every request so far whose first line contains `needle` (all when empty), in order.
    QList<Request> requests(const QByteArray &needle = {}) const;

    int cutAnswers() const { return m_cutAnswersDone; }
    int droppedFrames() const { return m_droppedFrames; }
    int connectionsAccepted() const { return m_accepted; }

private:
    struct Link
    {
        QPointer<QTcpSocket> client;
        QPointer<QTcpSocket> upstream;
        QByteArray pendingToUpstream; // before the upstream connection is up
        QByteArray requestHead;       // client->server bytes of a request head not yet whole
        qint64 bodyLeft = 0;          // body bytes of the current request still to come
        int answering = -1;           // m_requests index of a request the proxy answers
        bool opaque = false;          // a body without Content-Length: pass bytes blindly
        QList<int> awaitingAnswer;    // m_requests indexes sent upstream, not yet answered
        QByteArray answerHead;        // server->client bytes of an answer head not yet whole
        bool cutNextAnswer = false;   // a request to cut was forwarded on this link
        bool websocket = false;       // the 101 answer went by: frames from now on
        bool stalled = false;         // stallOpenConnections(): a black hole for good
        QByteArray headerBuffer;      // server->client bytes before the 101's end
        QByteArray frameBuffer;       // server->client bytes of incomplete frames
    };

    void onNewConnection();
    void fromClient(Link *link);
    // Splits client->server bytes into requests: logs each head, decides which to cut or
    // to answer here, forwards the rest.
    void parseRequests(Link *link, QByteArray bytes);
    void toUpstream(Link *link, const QByteArray &bytes);
    void answerHere(Link *link);
    void noteAnswer(Link *link, const QByteArray &bytes);
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
    QByteArray m_answerNeedle;
    QByteArray m_answer;
    int m_answerCount = 0;
    int m_accepted = 0;
    QElapsedTimer m_clock;
    QList<Request> m_requests;
};

} // namespace inkboard::test
