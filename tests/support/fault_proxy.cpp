// SPDX-License-Identifier: Apache-2.0
#include "fault_proxy.h"

#include <QTimer>
#include <QUrl>
#include <utility>

namespace inkboard::test {

namespace {

// The status and Retry-After (in seconds) of an HTTP/1.1 answer's head.
void parseAnswerHead(const QByteArray &head, int *status, int *retryAfter)
{
    const QList<QByteArray> lines = head.left(head.indexOf("\r\n\r\n")).split('\n');
    if (lines.isEmpty())
        return;
    const QList<QByteArray> first = lines.first().trimmed().split(' ');
    if (first.size() >= 2 && first.first().startsWith("HTTP/"))
        *status = first.at(1).toInt();
    for (const QByteArray &line : lines) {
        const QByteArray lower = line.trimmed().toLower();
        if (lower.startsWith("retry-after:"))
            *retryAfter = lower.mid(12).trimmed().toInt();
    }
}

} // namespace

FaultProxy::FaultProxy(quint16 targetPort, QObject *parent)
    : QObject(parent), m_targetPort(targetPort)
{
    m_clock.start();
    connect(&m_server, &QTcpServer::newConnection, this, &FaultProxy::onNewConnection);
}

FaultProxy::~FaultProxy()
{
    cutAll();
}

bool FaultProxy::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl FaultProxy::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port()));
}

void FaultProxy::setRefuse(bool refuse)
{
    m_refuse = refuse;
    if (refuse)
        cutAll();
}

void FaultProxy::setBlackhole(bool on)
{
    if (m_blackhole && !on)
        cutAll();
    m_blackhole = on;
}

void FaultProxy::cutAll()
{
    const QList<Link *> links = m_links;
    for (Link *link : links)
        closeLink(link);
}

void FaultProxy::cutAnswersOf(const QByteArray &needle, int count)
{
    m_cutNeedle = needle;
    m_cutCount = count;
}

void FaultProxy::dropFrames(const QByteArray &needle, int count)
{
    m_dropNeedle = needle;
    m_dropCount = count;
}

void FaultProxy::answerInstead(const QByteArray &needle, const QByteArray &response, int count)
{
    m_answerNeedle = needle;
    m_answer = response;
    m_answerCount = count;
}

void FaultProxy::stallOpenConnections()
{
    for (Link *link : std::as_const(m_links))
        link->stalled = true;
}

QList<FaultProxy::Request> FaultProxy::requests(const QByteArray &needle) const
{
    QList<Request> list;
    for (const Request &r : m_requests) {
        if (r.line.contains(needle))
            list.append(r);
    }
    return list;
}

void FaultProxy::onNewConnection()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        ++m_accepted;
        if (m_refuse) {
            client->abort();
            client->deleteLater();
            continue;
        }
        auto *link = new Link;
        link->client = client;
        link->upstream = new QTcpSocket(this);
        m_links.append(link);
        connect(client, &QTcpSocket::readyRead, this, [this, link] { fromClient(link); });
        connect(client, &QTcpSocket::disconnected, this, [this, link] { closeLink(link); });
        connect(link->upstream, &QTcpSocket::connected, this, [link] {
            link->upstream->write(link->pendingToUpstream);
            link->pendingToUpstream.clear();
        });
        connect(link->upstream, &QTcpSocket::readyRead, this, [this, link] { fromUpstream(link); });
        connect(link->upstream, &QTcpSocket::disconnected, this, [this, link] { closeLink(link); });
        connect(link->upstream, &QTcpSocket::errorOccurred, this, [this, link] {
            if (link->upstream && link->upstream->state() == QAbstractSocket::UnconnectedState)
                closeLink(link);
        });
        link->upstream->connectToHost(QHostAddress::LocalHost, m_targetPort);
    }
}

void FaultProxy::fromClient(Link *link)
{
    if (!link->client)
        return;
    const QByteArray bytes = link->client->readAll();
    if (m_blackhole || link->stalled)
        return;
    parseRequests(link, bytes);
}

void FaultProxy::parseRequests(Link *link, QByteArray bytes)
{
    // HTTP/1.1 without pipelining (what QNetworkAccessManager sends): on one connection a
    // request follows the whole answer to the one before, so heads and Content-Length
    // bodies alternate, and each answer belongs to the oldest unanswered request.
    while (!bytes.isEmpty()) {
        if (link->websocket || link->opaque) {
            toUpstream(link, bytes);
            return;
        }
        if (link->bodyLeft > 0) {
            const qsizetype n = qsizetype(qMin<qint64>(link->bodyLeft, bytes.size()));
            if (link->answering < 0)
                toUpstream(link, bytes.left(n));
            link->bodyLeft -= n;
            bytes.remove(0, n);
            if (link->bodyLeft == 0 && link->answering >= 0)
                answerHere(link);
            continue;
        }
        link->requestHead.append(bytes);
        bytes.clear();
        const qsizetype end = link->requestHead.indexOf("\r\n\r\n");
        if (end < 0) {
            if (link->requestHead.size() > 65536) { // not HTTP as we know it: pass it on
                link->opaque = true;
                toUpstream(link, std::exchange(link->requestHead, {}));
            }
            return;
        }
        const QByteArray head = link->requestHead.left(end + 4);
        bytes = link->requestHead.mid(end + 4);
        link->requestHead.clear();
        const QByteArray line = head.left(head.indexOf("\r\n"));
        m_requests.append(Request{line, m_clock.elapsed()});
        const int index = int(m_requests.size()) - 1;
        qint64 length = 0;
        bool chunked = false;
        for (const QByteArray &header : head.split('\n')) {
            const QByteArray lower = header.trimmed().toLower();
            if (lower.startsWith("content-length:"))
                length = lower.mid(15).trimmed().toLongLong();
            else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked"))
                chunked = true;
        }
        if (m_answerCount > 0 && !chunked && line.contains(m_answerNeedle)) {
            --m_answerCount;
            link->answering = index;
        } else {
            if (m_cutCount > 0 && line.contains(m_cutNeedle)) {
                --m_cutCount;
                link->cutNextAnswer = true;
            }
            link->awaitingAnswer.append(index);
            toUpstream(link, head);
        }
        if (chunked) {
            link->opaque = true; // its end is not worth finding for these tests
            continue;
        }
        link->bodyLeft = length;
        if (length == 0 && link->answering >= 0)
            answerHere(link);
    }
}

void FaultProxy::toUpstream(Link *link, const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return;
    if (link->upstream->state() != QAbstractSocket::ConnectedState) {
        link->pendingToUpstream.append(bytes);
        return;
    }
    deliver(link->upstream, bytes);
}

void FaultProxy::answerHere(Link *link)
{
    Request &r = m_requests[std::exchange(link->answering, -1)];
    parseAnswerHead(m_answer, &r.status, &r.retryAfter);
    deliver(link->client, m_answer);
}

void FaultProxy::noteAnswer(Link *link, const QByteArray &bytes)
{
    if (link->awaitingAnswer.isEmpty())
        return; // the rest of an answer whose head was noted
    link->answerHead.append(bytes);
    if (!link->answerHead.contains("\r\n\r\n") && link->answerHead.size() < 65536)
        return;
    Request &r = m_requests[link->awaitingAnswer.takeFirst()];
    parseAnswerHead(link->answerHead, &r.status, &r.retryAfter);
    link->answerHead.clear();
}

void FaultProxy::fromUpstream(Link *link)
{
    if (!link->upstream)
        return;
    QByteArray bytes = link->upstream->readAll();
    if (m_blackhole || link->stalled)
        return;
    if (link->cutNextAnswer) {
        // The server answered (so it committed); the client never hears of it.
        ++m_cutAnswersDone;
        QTimer::singleShot(0, this, [this, link] {
            if (m_links.contains(link))
                closeLink(link);
        });
        return;
    }
    if (!link->websocket)
        noteAnswer(link, bytes);
    if (!link->websocket) {
        link->headerBuffer.append(bytes);
        const qsizetype end = link->headerBuffer.indexOf("\r\n\r\n");
        if (link->headerBuffer.startsWith("HTTP/1.1 101") && end >= 0) {
            link->websocket = true;
            const QByteArray head = link->headerBuffer.left(end + 4);
            const QByteArray rest = link->headerBuffer.mid(end + 4);
            link->headerBuffer.clear();
            deliver(link->client, head);
            bytes = filterFrames(link, rest);
        } else {
            if (!link->headerBuffer.startsWith("HTTP/1.1 101") || link->headerBuffer.size() > 65536)
                link->headerBuffer.clear();
            else
                return; // wait for the rest of the 101 headers
        }
    } else {
        bytes = filterFrames(link, bytes);
    }
    if (!bytes.isEmpty())
        deliver(link->client, bytes);
}

QByteArray FaultProxy::filterFrames(Link *link, const QByteArray &bytes)
{
    link->frameBuffer.append(bytes);
    QByteArray out;
    for (;;) {
        const QByteArray &b = link->frameBuffer;
        if (b.size() < 2)
            break;
        const auto b0 = quint8(b.at(0));
        const auto b1 = quint8(b.at(1));
        qsizetype header = 2;
        quint64 length = b1 & 0x7f;
        if (length == 126) {
            if (b.size() < 4)
                break;
            length = (quint64(quint8(b.at(2))) << 8) | quint8(b.at(3));
            header = 4;
        } else if (length == 127) {
            if (b.size() < 10)
                break;
            length = 0;
            for (int i = 0; i < 8; ++i)
                length = (length << 8) | quint8(b.at(2 + i));
            header = 10;
        }
        if (b1 & 0x80)
            header += 4; // masked (never from a server, but be exact)
        const qsizetype total = header + qsizetype(length);
        if (b.size() < total)
            break;
        const QByteArray frame = b.left(total);
        link->frameBuffer.remove(0, total);
        const bool finalText = (b0 & 0x80) && (b0 & 0x0f) == 0x1;
        if (finalText && m_dropCount > 0 && frame.mid(header).contains(m_dropNeedle)) {
            --m_dropCount;
            ++m_droppedFrames;
            continue;
        }
        out.append(frame);
    }
    return out;
}

void FaultProxy::deliver(QPointer<QTcpSocket> to, const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return;
    if (m_delayMs <= 0) {
        if (to)
            to->write(bytes);
        return;
    }
    QTimer::singleShot(m_delayMs, this, [to, bytes] {
        if (to)
            to->write(bytes);
    });
}

void FaultProxy::closeLink(Link *link)
{
    if (!m_links.removeOne(link))
        return;
    for (QTcpSocket *socket : {link->client.data(), link->upstream.data()}) {
        if (socket)
            socket->disconnect(this);
    }
    if (link->client) {
        link->client->abort();
        link->client->deleteLater();
    }
    if (link->upstream) {
        link->upstream->abort();
        link->upstream->deleteLater();
    }
    delete link;
}

} // namespace inkboard::test
