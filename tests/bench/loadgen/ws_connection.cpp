// SPDX-License-Identifier: Apache-2.0
#include "ws_connection.h"

#include "clock.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QtEndian>

namespace inkboard::bench {

namespace {
constexpr qsizetype kMaxMessageBytes = 64 * 1024 * 1024;
constexpr QByteArrayView kAcceptGuid = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
} // namespace

WsConnection::WsConnection(const Endpoint &endpoint, QByteArray path, QObject *parent)
    : QObject(parent), m_endpoint(endpoint), m_path(std::move(path))
{}

WsConnection::~WsConnection() = default;

void WsConnection::open()
{
    m_state = State::Connecting;
    m_socket = new QTcpSocket(this);
    connect(m_socket, &QTcpSocket::connected, this, &WsConnection::onConnected);
    connect(m_socket, &QTcpSocket::readyRead, this, &WsConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &WsConnection::onDisconnected);
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        if (m_socket->state() != QAbstractSocket::ConnectedState)
            onDisconnected();
    });
    if (!m_endpoint.source.isNull())
        m_socket->bind(m_endpoint.source, 0);
    m_socket->connectToHost(m_endpoint.host, m_endpoint.port);
}

void WsConnection::onConnected()
{
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    QByteArray nonce(16, Qt::Uninitialized);
    for (char &c : nonce)
        c = char(QRandomGenerator::global()->bounded(256));
    m_key = nonce.toBase64();
    QByteArray request = "GET " + m_path + " HTTP/1.1\r\nHost: " + m_endpoint.hostHeader() +
                         "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                         "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: " +
                         m_key + "\r\n";
    if (!m_endpoint.token.isEmpty())
        request += "Authorization: Bearer " + m_endpoint.token + "\r\n";
    request += "\r\n";
    m_state = State::Handshake;
    m_socket->write(request);
}

void WsConnection::onReadyRead()
{
    const qint64 t = nowNs();
    m_buffer += m_socket->readAll();
    if (m_state == State::Handshake && !readHandshake())
        return;
    if (m_state == State::Open)
        readFrames(t);
}

bool WsConnection::readHandshake()
{
    const qsizetype end = m_buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        if (m_buffer.size() > 64 * 1024)
            closed(0, QStringLiteral("handshake answer too large"));
        return false;
    }
    const QList<QByteArray> lines = m_buffer.left(end).split('\n');
    const int status = lines.value(0).trimmed().split(' ').value(1).toInt();
    QByteArray accept;
    for (const QByteArray &line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == "sec-websocket-accept")
            accept = line.mid(colon + 1).trimmed();
    }
    m_buffer.remove(0, end + 4);
    if (status != 101) {
        closed(status, QStringLiteral("upgrade refused with HTTP %1").arg(status));
        return false;
    }
    const QByteArray expected =
        QCryptographicHash::hash(m_key + kAcceptGuid.toByteArray(), QCryptographicHash::Sha1)
            .toBase64();
    if (accept != expected) {
        closed(0, QStringLiteral("bad Sec-WebSocket-Accept"));
        return false;
    }
    m_state = State::Open;
    if (onOpen)
        onOpen();
    return m_state == State::Open;
}

void WsConnection::readFrames(qint64 receivedNs)
{
    qsizetype pos = 0;
    const qsizetype size = m_buffer.size();
    const auto *data = reinterpret_cast<const uchar *>(m_buffer.constData());
    while (m_state == State::Open && size - pos >= 2) {
        const bool fin = data[pos] & 0x80;
        const int opcode = data[pos] & 0x0f;
        const bool masked = data[pos + 1] & 0x80;
        quint64 length = data[pos + 1] & 0x7f;
        qsizetype header = 2;
        if (length == 126) {
            if (size - pos < 4)
                break;
            length = qFromBigEndian<quint16>(data + pos + 2);
            header = 4;
        } else if (length == 127) {
            if (size - pos < 10)
                break;
            length = qFromBigEndian<quint64>(data + pos + 2);
            header = 10;
        }
        if (length > quint64(kMaxMessageBytes)) {
            close(1009);
            return;
        }
        const qsizetype maskAt = pos + header;
        if (masked)
            header += 4;
        if (quint64(size - pos - header) < length)
            break;
        QByteArrayView payload(m_buffer.constData() + pos + header, qsizetype(length));
        QByteArray unmasked;
        if (masked) {
            // Servers must not mask, but a tolerant reader costs nothing here.
            unmasked = payload.toByteArray();
            for (qsizetype i = 0; i < unmasked.size(); ++i)
                unmasked[i] = char(unmasked[i] ^ data[maskAt + (i % 4)]);
            payload = unmasked;
        }
        pos += header + qsizetype(length);

        switch (opcode) {
        case 0x0: // continuation
            m_fragments += payload;
            if (m_fragments.size() > kMaxMessageBytes) {
                close(1009);
                return;
            }
            if (fin) {
                const QByteArray message = std::move(m_fragments);
                m_fragments.clear();
                if (m_fragmentIsText && onText)
                    onText(message, receivedNs);
            }
            break;
        case 0x1: // text
        case 0x2: // binary
            if (fin) {
                if (opcode == 0x1 && onText)
                    onText(payload, receivedNs);
            } else {
                m_fragments = payload.toByteArray();
                m_fragmentIsText = opcode == 0x1;
            }
            break;
        case 0x8: { // close
            const int code = length >= 2 ? qFromBigEndian<quint16>(payload.data()) : 1005;
            const QString reason = length > 2 ? QString::fromUtf8(payload.sliced(2)) : QString();
            QByteArray echo(2, Qt::Uninitialized);
            qToBigEndian<quint16>(quint16(code == 1005 ? 1000 : code), echo.data());
            sendFrame(0x8, echo);
            closed(code, reason);
            return;
        }
        case 0x9: // ping
            sendFrame(0xA, payload);
            break;
        default: // pong and reserved opcodes: nothing to do
            break;
        }
    }
    if (m_state == State::Open)
        m_buffer.remove(0, pos);
}

void WsConnection::sendFrame(quint8 opcode, QByteArrayView payload)
{
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    QByteArray frame;
    frame.reserve(payload.size() + 14);
    frame.append(char(0x80 | opcode));
    const qsizetype n = payload.size();
    if (n < 126) {
        frame.append(char(0x80 | n));
    } else if (n < 65536) {
        frame.append(char(0x80 | 126));
        char be[2];
        qToBigEndian<quint16>(quint16(n), be);
        frame.append(be, 2);
    } else {
        frame.append(char(0x80 | 127));
        char be[8];
        qToBigEndian<quint64>(quint64(n), be);
        frame.append(be, 8);
    }
    const quint32 mask = QRandomGenerator::global()->generate();
    char maskBytes[4];
    qToBigEndian<quint32>(mask, maskBytes);
    frame.append(maskBytes, 4);
    for (qsizetype i = 0; i < n; ++i)
        frame.append(char(payload[i] ^ maskBytes[i % 4]));
    m_socket->write(frame);
}

void WsConnection::sendText(QByteArrayView payload)
{
    if (m_state == State::Open)
        sendFrame(0x1, payload);
}

void WsConnection::close(quint16 code)
{
    if (m_state == State::Open) {
        QByteArray body(2, Qt::Uninitialized);
        qToBigEndian<quint16>(code, body.data());
        sendFrame(0x8, body);
    }
    closed(code, QStringLiteral("closed by the client"));
}

void WsConnection::onDisconnected()
{
    if (m_state != State::Closed)
        closed(m_state == State::Open ? 1006 : 0,
               m_socket ? m_socket->errorString() : QStringLiteral("disconnected"));
}

void WsConnection::closed(int code, const QString &reason)
{
    if (m_state == State::Closed)
        return;
    m_state = State::Closed;
    m_buffer.clear();
    m_fragments.clear();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->disconnectFromHost();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    if (onClosed)
        onClosed(code, reason);
}

} // namespace inkboard::bench
