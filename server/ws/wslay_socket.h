// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QList>
#include <memory>

class QSocketNotifier;
struct wslay_event_context;
struct wslay_event_on_msg_recv_arg;
struct wslay_event_on_frame_recv_start_arg;

namespace inkboard::server::ws {

// One server-side WebSocket on a raw, non-blocking descriptor: wslay frames and checks what
// arrives (RFC 6455: masking, fragmentation, control frames between fragments, UTF-8 of text
// and close reasons, close codes, the message size), the bytes leave from a queue of our own.
//
// Memory is what an idle subscriber costs, thousands of times over, so:
// - wslay's context (two 4 KiB buffers) exists only while a frame or a fragmented message is
//   half read, or once closing started: between messages it is freed and a new one takes over
//   with the next byte (its state is then all at a frame boundary, so nothing is lost);
// - the write queue holds the frames themselves (implicitly shared: a commit frame encoded
//   once is the same bytes for every subscriber), and is released once drained;
// - the write notifier exists only once something had to wait, enabled only while it waits.
class WslaySocket
{
public:
    class Handler
    {
    public:
        virtual void onText(const QByteArray &utf8) = 0; // valid UTF-8, checked by wslay
        virtual void onActivity() = 0;                   // any frame: pong, binary, ping
        // A close this side did not ask for with close(): the peer's (answered) or a
        // protocol error's (wslay's 1002, 1007, 1009).
        virtual void onClosing() = 0;
        virtual void onGone() = 0; // the descriptor is closed: at most once, never from close()

    protected:
        ~Handler() = default;
    };

    // Takes `fd` (connected, non-blocking). `pending`: bytes read past the handshake already
    // (a client's first frames sent with its upgrade), read before the descriptor.
    WslaySocket(int fd, QByteArray pending, quint64 maxMessageBytes, Handler *handler);
    ~WslaySocket();
    WslaySocket(const WslaySocket &) = delete;
    WslaySocket &operator=(const WslaySocket &) = delete;

    // Reads what came with the handshake, if anything: once the handler is ready for it.
    void start();

    // Bytes that are already frames (the handshake answer, PushHub::encodeFrame): queued
    // whole, so they never interleave with a frame of wslay's, which are queued whole too.
    // `now`: written at once, else when the socket is next writable (one write for all that
    // one turn of the event loop queued).
    void sendFrame(const QByteArray &frame, bool now);
    // Queued to go with whatever is sent or flushed next (the handshake's answer with the
    // hello), so that it costs no write of its own.
    void queueFrame(const QByteArray &frame);
    void ping();
    // Sends a close frame; the peer's answer (or the caller's abort()) ends the connection.
    void close(quint16 code, const QByteArray &reasonUtf8);
    // Closes the descriptor without a close handshake; onGone() is not called.
    void abort();
    // Writes what the kernel takes now; false when that found the peer gone (onGone()).
    bool flush();
    qint64 bytesToWrite() const { return m_outBytes; }
    bool isOpen() const { return m_fd >= 0; }

private:
    friend struct WslayCallbacks;
    bool ensureContext();
    void dropContextIfIdle();
    void onReadable();
    void onWritable();
    // After reading or queueing: wslay's frames to the queue, the queue to the kernel, and
    // the close handshake followed.
    void settle();
    void armWrite(bool on);
    void finish(); // descriptor closed, handler told

    // wslay's callbacks.
    long recvInto(unsigned char *buf, size_t len);
    void queueBytes(const unsigned char *data, size_t len);
    void frameStarted(const wslay_event_on_frame_recv_start_arg &arg);
    void frameEnded();
    void messageReceived(const wslay_event_on_msg_recv_arg &arg);

    int m_fd;
    Handler *m_handler;
    quint64 m_maxMessageBytes;
    wslay_event_context *m_ctx = nullptr;
    std::unique_ptr<QSocketNotifier> m_readNotifier;
    std::unique_ptr<QSocketNotifier> m_writeNotifier;
    QByteArray m_pending;
    QList<QByteArray> m_out;
    qsizetype m_outOffset = 0; // bytes of m_out.first() already written
    qint64 m_outBytes = 0;
    // What wslay was given and what of it ended whole frames: equal, and outside a fragmented
    // message, wslay holds no state worth keeping.
    quint64 m_fedBytes = 0;
    quint64 m_framedBytes = 0;
    quint64 m_frameBytes = 0; // header and payload of the frame being read
    qint64 m_readThisTurn = 0;
    bool m_inFragmented = false;
    bool m_closeAsked = false;    // close() was called
    bool m_closeNotified = false; // onClosing() was called
    bool m_shutWrite = false;
    bool m_inRecv = false;
    bool m_eof = false;
};

} // namespace inkboard::server::ws
