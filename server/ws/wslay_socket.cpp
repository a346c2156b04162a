// SPDX-License-Identifier: Apache-2.0
#include "wslay_socket.h"

#include <QSocketNotifier>
#include <cerrno>
#include <cstring>
#include <sys/socket.h>
#include <sys/uio.h>
#include <unistd.h>
#include <wslay/wslay.h>

namespace inkboard::server::ws {

namespace {

// What one socket may read in one turn of the event loop before the others get theirs (the
// read notifier is level-triggered: the rest is read on the next turn).
constexpr qint64 kReadBudgetPerTurn = 256 * 1024;
// Frames handed to the kernel per system call.
constexpr int kMaxIov = 64;

// A client's frame as it was on the wire: masked (wslay refuses an unmasked one before it
// starts the frame), its length in the shortest form (wslay refuses any other).
quint64 clientFrameBytes(quint64 payload)
{
    const quint64 extended = payload < 126 ? 0 : payload <= 0xffff ? 2 : 8;
    return 2 + extended + 4 + payload;
}

} // namespace

struct WslayCallbacks
{
    static ssize_t recv(wslay_event_context_ptr ctx, uint8_t *buf, size_t len, int, void *user)
    {
        const long n = static_cast<WslaySocket *>(user)->recvInto(buf, len);
        if (n < 0)
            wslay_event_set_error(ctx, int(n));
        return n < 0 ? -1 : n;
    }
    static ssize_t send(wslay_event_context_ptr, const uint8_t *data, size_t len, int, void *user)
    {
        // Always all of it: wslay never holds half a frame when ours are queued behind it.
        static_cast<WslaySocket *>(user)->queueBytes(data, len);
        return ssize_t(len);
    }
    static void frameStart(wslay_event_context_ptr, const wslay_event_on_frame_recv_start_arg *arg,
                           void *user)
    {
        static_cast<WslaySocket *>(user)->frameStarted(*arg);
    }
    static void frameEnd(wslay_event_context_ptr, void *user)
    {
        static_cast<WslaySocket *>(user)->frameEnded();
    }
    static void message(wslay_event_context_ptr, const wslay_event_on_msg_recv_arg *arg, void *user)
    {
        static_cast<WslaySocket *>(user)->messageReceived(*arg);
    }
};

WslaySocket::WslaySocket(int fd, QByteArray pending, quint64 maxMessageBytes, Handler *handler)
    : m_fd(fd), m_handler(handler), m_maxMessageBytes(maxMessageBytes),
      m_readNotifier(std::make_unique<QSocketNotifier>(fd, QSocketNotifier::Read)),
      m_pending(std::move(pending))
{
    QObject::connect(m_readNotifier.get(), &QSocketNotifier::activated, m_readNotifier.get(),
                     [this] { onReadable(); });
}

WslaySocket::~WslaySocket()
{
    m_readNotifier.reset();
    m_writeNotifier.reset();
    if (m_fd >= 0)
        ::close(m_fd);
    if (m_ctx)
        wslay_event_context_free(m_ctx);
}

void WslaySocket::start()
{
    if (!m_pending.isEmpty())
        onReadable();
}

bool WslaySocket::ensureContext()
{
    if (m_ctx)
        return true;
    static const wslay_event_callbacks callbacks = {WslayCallbacks::recv,
                                                    WslayCallbacks::send,
                                                    nullptr,
                                                    WslayCallbacks::frameStart,
                                                    nullptr,
                                                    WslayCallbacks::frameEnd,
                                                    WslayCallbacks::message};
    if (wslay_event_context_server_init(&m_ctx, &callbacks, this) != 0) {
        m_ctx = nullptr;
        return false;
    }
    wslay_event_config_set_max_recv_msg_length(m_ctx, m_maxMessageBytes);
    m_fedBytes = m_framedBytes = m_frameBytes = 0;
    m_inFragmented = false;
    return true;
}

void WslaySocket::dropContextIfIdle()
{
    if (!m_ctx || m_closeAsked || m_inRecv || m_fedBytes != m_framedBytes || m_inFragmented ||
        !m_pending.isEmpty() || wslay_event_get_close_sent(m_ctx) ||
        wslay_event_get_close_received(m_ctx) || !wslay_event_get_read_enabled(m_ctx) ||
        wslay_event_want_write(m_ctx))
        return;
    wslay_event_context_free(m_ctx);
    m_ctx = nullptr;
}

void WslaySocket::onReadable()
{
    if (m_fd < 0 || m_inRecv)
        return;
    m_readThisTurn = 0;
    if (m_ctx && !wslay_event_get_read_enabled(m_ctx)) {
        // Failed or closed: what still comes is not read as frames, only until the peer's end.
        char sink[4096];
        for (;;) {
            const ssize_t n = ::recv(m_fd, sink, sizeof sink, 0);
            if (n > 0)
                continue;
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
                return;
            finish();
            return;
        }
    }
    if (!ensureContext()) {
        finish();
        return;
    }
    m_inRecv = true;
    const int r = wslay_event_recv(m_ctx);
    m_inRecv = false;
    if (m_fd < 0)
        return;
    // Anything but a frame-level refusal (wslay queued its close for it) ends it here.
    if (m_eof || (r != 0 && r != WSLAY_ERR_CALLBACK_FAILURE)) {
        finish();
        return;
    }
    settle();
}

void WslaySocket::onWritable()
{
    settle();
}

void WslaySocket::settle()
{
    if (m_fd < 0)
        return;
    if (m_ctx && wslay_event_want_write(m_ctx))
        wslay_event_send(m_ctx); // into m_out, whole
    if (!flush())
        return;
    if (!m_ctx)
        return;
    const bool closeSent = wslay_event_get_close_sent(m_ctx);
    if (closeSent && !m_closeAsked && !m_closeNotified) {
        m_closeNotified = true;
        m_handler->onClosing();
        if (m_fd < 0)
            return;
    }
    if (closeSent && m_outBytes == 0) {
        if (wslay_event_get_close_received(m_ctx)) {
            finish(); // the close handshake is done: the server closes the TCP connection first
            return;
        }
        if (!wslay_event_get_read_enabled(m_ctx) && !m_shutWrite) {
            // Failed (1002, 1007, 1009): nothing more is read as frames; the peer's end of
            // the connection, or the close grace, ends it.
            m_shutWrite = true;
            ::shutdown(m_fd, SHUT_WR);
        }
        return;
    }
    dropContextIfIdle();
}

void WslaySocket::sendFrame(const QByteArray &frame, bool now)
{
    if (m_fd < 0 || m_closeAsked || (m_ctx && wslay_event_get_close_sent(m_ctx)))
        return;
    m_out.append(frame);
    m_outBytes += frame.size();
    if (now)
        flush();
    else
        armWrite(true);
}

void WslaySocket::queueFrame(const QByteArray &frame)
{
    if (m_fd < 0 || m_closeAsked)
        return;
    m_out.append(frame);
    m_outBytes += frame.size();
}

void WslaySocket::ping()
{
    // An empty ping, the same two bytes for every session.
    static const QByteArray kPing = QByteArray::fromRawData("\x89\x00", 2);
    sendFrame(kPing, true);
}

void WslaySocket::close(quint16 code, const QByteArray &reasonUtf8)
{
    if (m_fd < 0 || m_closeAsked)
        return;
    m_closeAsked = true;
    if (!ensureContext()) {
        abort();
        return;
    }
    // A control frame's payload is at most 125 bytes: the code and 123 of the reason, cut
    // before a UTF-8 continuation byte so that what is sent stays valid.
    qsizetype n = qMin<qsizetype>(reasonUtf8.size(), 123);
    while (n > 0 && n < reasonUtf8.size() && (quint8(reasonUtf8.at(n)) & 0xc0) == 0x80)
        --n;
    wslay_event_queue_close(m_ctx, code, reinterpret_cast<const uint8_t *>(reasonUtf8.constData()),
                            size_t(n));
    if (!m_inRecv)
        settle();
}

void WslaySocket::abort()
{
    if (m_fd < 0)
        return;
    m_readNotifier->setEnabled(false);
    if (m_writeNotifier)
        m_writeNotifier->setEnabled(false);
    ::close(m_fd);
    m_fd = -1;
    m_out = QList<QByteArray>();
    m_outOffset = 0;
    m_outBytes = 0;
}

void WslaySocket::finish()
{
    if (m_fd < 0)
        return;
    abort();
    m_handler->onGone();
}

bool WslaySocket::flush()
{
    if (m_fd < 0)
        return false;
    while (!m_out.isEmpty()) {
        iovec iov[kMaxIov];
        int n = 0;
        for (qsizetype i = 0; i < m_out.size() && n < kMaxIov; ++i, ++n) {
            const QByteArray &b = m_out.at(i);
            const qsizetype skip = i == 0 ? m_outOffset : 0;
            iov[n].iov_base = const_cast<char *>(b.constData() + skip);
            iov[n].iov_len = size_t(b.size() - skip);
        }
        msghdr msg{};
        msg.msg_iov = iov;
        msg.msg_iovlen = size_t(n);
        const ssize_t written = ::sendmsg(m_fd, &msg, MSG_NOSIGNAL);
        if (written < 0) {
            if (errno == EINTR)
                continue;
            if (errno == EAGAIN || errno == EWOULDBLOCK) {
                armWrite(true);
                return true;
            }
            finish(); // the peer is gone (EPIPE, ECONNRESET)
            return false;
        }
        m_outBytes -= written;
        qsizetype left = qsizetype(written);
        while (left > 0) {
            const qsizetype rest = m_out.first().size() - m_outOffset;
            if (left < rest) {
                m_outOffset += left;
                break;
            }
            left -= rest;
            m_out.removeFirst();
            m_outOffset = 0;
        }
    }
    // Drained: the list's block goes too, so an idle session holds no write buffer.
    m_out = QList<QByteArray>();
    m_outOffset = 0;
    armWrite(false);
    return true;
}

void WslaySocket::armWrite(bool on)
{
    if (!on) {
        if (m_writeNotifier)
            m_writeNotifier->setEnabled(false);
        return;
    }
    if (!m_writeNotifier) {
        m_writeNotifier = std::make_unique<QSocketNotifier>(m_fd, QSocketNotifier::Write);
        QObject::connect(m_writeNotifier.get(), &QSocketNotifier::activated, m_writeNotifier.get(),
                         [this] { onWritable(); });
    }
    m_writeNotifier->setEnabled(true);
}

long WslaySocket::recvInto(unsigned char *buf, size_t len)
{
    if (m_fd < 0) {
        m_eof = true;
        return WSLAY_ERR_CALLBACK_FAILURE;
    }
    if (!m_pending.isEmpty()) {
        const qsizetype n = qMin(qsizetype(len), m_pending.size());
        std::memcpy(buf, m_pending.constData(), size_t(n));
        if (n == m_pending.size())
            m_pending = QByteArray();
        else
            m_pending.remove(0, n);
        m_fedBytes += quint64(n);
        return long(n);
    }
    if (m_readThisTurn >= kReadBudgetPerTurn)
        return WSLAY_ERR_WOULDBLOCK;
    for (;;) {
        const ssize_t n = ::recv(m_fd, buf, len, 0);
        if (n > 0) {
            m_readThisTurn += n;
            m_fedBytes += quint64(n);
            return long(n);
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            return WSLAY_ERR_WOULDBLOCK;
        m_eof = true; // the peer's end, or a reset
        return WSLAY_ERR_CALLBACK_FAILURE;
    }
}

void WslaySocket::queueBytes(const unsigned char *data, size_t len)
{
    m_out.append(QByteArray(reinterpret_cast<const char *>(data), qsizetype(len)));
    m_outBytes += qint64(len);
}

void WslaySocket::frameStarted(const wslay_event_on_frame_recv_start_arg &arg)
{
    m_frameBytes = clientFrameBytes(arg.payload_length);
    if (arg.opcode == WSLAY_TEXT_FRAME || arg.opcode == WSLAY_BINARY_FRAME ||
        arg.opcode == WSLAY_CONTINUATION_FRAME)
        m_inFragmented = !arg.fin;
}

void WslaySocket::frameEnded()
{
    m_framedBytes += m_frameBytes;
    m_frameBytes = 0;
}

void WslaySocket::messageReceived(const wslay_event_on_msg_recv_arg &arg)
{
    if (m_fd < 0)
        return;
    if (arg.opcode == WSLAY_TEXT_FRAME) {
        m_handler->onText(
            QByteArray(reinterpret_cast<const char *>(arg.msg), qsizetype(arg.msg_length)));
        return;
    }
    if (arg.opcode != WSLAY_CONNECTION_CLOSE)
        m_handler->onActivity(); // a pong, a ping (wslay answers it), a binary message
}

} // namespace inkboard::server::ws
