// SPDX-License-Identifier: Apache-2.0
// libFuzzer entry point over the server's HTTP request parsing: the bytes are what one
// connection sends, read the way HttpConnection reads them (server/http/http_connection.cpp):
// blank lines skipped, the head found within the header limit and parsed whole, then the body
// in reads that never pass a Content-Length, pipelined requests one after the other, until a
// refusal, an upgrade or the end of the bytes.
//
// Built two ways: with clang and -fsanitize=fuzzer as the fuzz target (tests/fuzz), and
// with any compiler plus fuzz_replay_main.cpp to replay the seed corpus in CTest.
//
// A broken invariant aborts, so the fuzzer (and the replay test) report it as a crash.

#include "http/http_request_parser.h"

#include <QByteArray>
#include <algorithm>
#include <cctype>
#include <climits>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace inkboard::server;

namespace {

// Small limits, so that short inputs reach them.
constexpr int kMaxHeaderBytes = 1024;
constexpr qint64 kBodyLimit = 2048;
constexpr qint64 kBlobBodyLimit = 4096;
constexpr int kMaxRequests = 16;

[[noreturn]] void fail(const char *what)
{
    std::fprintf(stderr, "http_fuzz: invariant broken: %s\n", what);
    std::abort();
}

void check(bool ok, const char *what)
{
    if (!ok)
        fail(what);
}

bool isTokenChar(char ch)
{
    static const QByteArray extra("!#$%&'*+-.^_`|~");
    return std::isalnum(static_cast<unsigned char>(ch)) || extra.contains(ch);
}

// What a handler may rely on in a request the parser let through.
void checkRequest(const HttpRequest &r, qint64 bodyLimit)
{
    check(!r.method.isEmpty(), "a request without a method");
    check(r.target.size() <= kMaxHeaderBytes, "a target over the header limit");
    check(r.body.size() <= bodyLimit, "a body over its limit");
    for (auto it = r.headers.cbegin(); it != r.headers.cend(); ++it) {
        for (const char ch : it.key()) {
            check(isTokenChar(ch), "a header name that is not a token");
            check(!(ch >= 'A' && ch <= 'Z'), "a header name that is not lowercase");
        }
        // Repeated headers join with ", " (an empty repeat leaves "a, "), so only the
        // start is trimmed; a line break or NUL in a value would let it forge lines.
        check(it.value().isEmpty() || !std::isspace(static_cast<unsigned char>(it.value()[0])),
              "a header value with leading space");
        check(!it.value().contains('\r') && !it.value().contains('\n') &&
                  !it.value().contains('\0'),
              "a header value with a line break or NUL");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // The "socket": what the client sent and we have not read yet, delivered in reads of
    // a size taken from the input, like a network would split it.
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    qsizetype socketPos = 0;
    const qsizetype readSize = 1 + qsizetype(size % 61);
    QByteArray carry; // read but not parsed yet

    HttpRequestParser parser([](const HttpRequest &head) {
        return head.path.startsWith(QLatin1String("/blobs")) ? kBlobBodyLimit : kBodyLimit;
    });
    const QHostAddress peer(QHostAddress::LocalHost);

    for (int n = 0; n < kMaxRequests; ++n) {
        // readHead: peek carry + socket, skip blank lines, find the head.
        QByteArray available =
            carry + input.mid(socketPos, qMin<qsizetype>(input.size() - socketPos,
                                                         qsizetype(kMaxHeaderBytes) + 4));
        qsizetype start = 0;
        while (start + 1 < available.size() && available[start] == '\r' &&
               available[start + 1] == '\n')
            start += 2;
        if (start > 0) {
            const qsizetype fromCarry = qMin(start, carry.size());
            carry.remove(0, fromCarry);
            socketPos += start - fromCarry;
            available.remove(0, start);
        }
        if (available.isEmpty())
            return 0;
        const qsizetype end = available.indexOf("\r\n\r\n");
        if (end < 0 || end + 4 > kMaxHeaderBytes)
            return 0; // 413 or more bytes needed: nothing more is parsed
        const QByteArray head = available.left(end + 4);

        parser.begin(peer, kMaxHeaderBytes);
        const size_t parsed = parser.feed(head.constData(), size_t(head.size()));
        const http_errno err = parser.error();
        if (parser.bodyTooLarge()) {
            check(parser.contentLength() != ULLONG_MAX &&
                      qint64(parser.contentLength()) > parser.bodyLimit(),
                  "a head refused as too large without a Content-Length over the limit");
            return 0;
        }
        if ((err != HPE_OK && err != HPE_PAUSED) || !parser.headersDone() ||
            (parsed != size_t(head.size()) && !parser.parserUpgrade() && err != HPE_PAUSED))
            return 0; // 400
        check(parsed <= size_t(head.size()), "parsed more than it was given");
        if (parser.request().upgrade) {
            check(parser.request().header("upgrade").toLower().contains("websocket"),
                  "an upgrade that is not to WebSocket");
            return 0; // the WebSocket server takes the socket
        }
        const qint64 bodyLimit = parser.bodyLimit();
        checkRequest(parser.request(), bodyLimit);
        const qsizetype fromCarry = qMin(end + 4, carry.size());
        carry.remove(0, fromCarry);
        socketPos += end + 4 - fromCarry;

        if (!parser.messageDone()) {
            // readBody until the message is complete, refused, or the bytes run out.
            const bool chunked = parser.chunked();
            // libhttp-parser ends a head at a bare LF too, so the part of what we took
            // for the head after it is already body: the parser's count is what is left.
            const quint64 declared =
                parser.contentLength() == ULLONG_MAX
                    ? ULLONG_MAX
                    : parser.contentLength() + quint64(parser.request().body.size());
            for (;;) {
                QByteArray chunk;
                if (!carry.isEmpty()) {
                    chunk = std::move(carry);
                    carry.clear();
                } else {
                    qint64 want = qMin<qint64>(input.size() - socketPos, readSize);
                    if (want <= 0)
                        return 0; // the client stopped: the request times out
                    if (!parser.chunked() && parser.contentLength() != ULLONG_MAX)
                        want = qMin<qint64>(want, qint64(parser.contentLength()));
                    chunk = input.mid(socketPos, qsizetype(want));
                    socketPos += chunk.size();
                }
                if (chunk.isEmpty())
                    return 0;
                const size_t used = parser.feed(chunk.constData(), size_t(chunk.size()));
                check(used <= size_t(chunk.size()), "parsed more than it was given");
                check(parser.request().body.size() <= bodyLimit, "a body over its limit");
                if (parser.bodyTooLarge())
                    return 0; // 413
                const http_errno bodyErr = parser.error();
                if (bodyErr != HPE_OK && bodyErr != HPE_PAUSED)
                    return 0; // 400
                if (used < size_t(chunk.size()))
                    carry = chunk.mid(qsizetype(used));
                if (parser.messageDone())
                    break;
            }
            if (!chunked && declared != ULLONG_MAX)
                check(parser.request().body.size() == qint64(declared),
                      "a body that is not its Content-Length");
        }
        checkRequest(parser.request(), bodyLimit);
        const bool keepAlive = parser.shouldKeepAlive();
        parser.takeRequest(); // dispatched
        check(parser.request().body.isEmpty() && parser.request().headers.isEmpty(),
              "a taken request left something behind");
        if (!keepAlive)
            return 0; // answered with Connection: close
    }
    return 0;
}
