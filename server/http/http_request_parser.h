// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "http_types.h"

#include <QHostAddress>
#include <functional>
#include <http_parser.h>

namespace inkboard::server {

// libhttp-parser on one request's bytes, with no socket: HttpConnection feeds it the head,
// then the body as it arrives; the fuzz target (tests/fuzz/http_fuzz_entry.cpp) feeds it
// whatever it likes. Refuses what the limits refuse from inside the callbacks, so that
// nothing over a limit is ever buffered.
class HttpRequestParser
{
public:
    // The body limit for a request, decided from its head (blob uploads get their own).
    using BodyLimit = std::function<qint64(const HttpRequest &head)>;

    explicit HttpRequestParser(BodyLimit bodyLimit);
    HttpRequestParser(const HttpRequestParser &) = delete;
    HttpRequestParser &operator=(const HttpRequestParser &) = delete;

    // Starts a new request from a peer; a target longer than maxHeaderBytes is refused.
    void begin(const QHostAddress &peer, int maxHeaderBytes);
    // Parses what it can of the bytes; stops (paused) at the end of the message or at a
    // body over its limit. Returns how many bytes were parsed.
    size_t feed(const char *data, size_t size);

    http_errno error() const { return HTTP_PARSER_ERRNO(&m_parser); }
    bool headersDone() const { return m_headersDone; }
    bool messageDone() const { return m_messageDone; }
    bool bodyTooLarge() const { return m_bodyTooLarge; }
    qint64 bodyLimit() const { return m_bodyLimit; }
    // The parser's own upgrade flag (any Upgrade header or CONNECT), not only WebSocket.
    bool parserUpgrade() const { return m_parser.upgrade != 0; }
    bool chunked() const { return (m_parser.flags & F_CHUNKED) != 0; }
    // ULLONG_MAX when unknown.
    quint64 contentLength() const { return m_parser.content_length; }
    bool shouldKeepAlive() const { return http_should_keep_alive(&m_parser) != 0; }

    HttpRequest &request() { return m_request; }
    const HttpRequest &request() const { return m_request; }
    HttpRequest takeRequest();

private:
    static int onUrl(http_parser *p, const char *at, size_t len);
    static int onHeaderField(http_parser *p, const char *at, size_t len);
    static int onHeaderValue(http_parser *p, const char *at, size_t len);
    static int onHeadersComplete(http_parser *p);
    static int onChunkHeader(http_parser *p);
    static int onBody(http_parser *p, const char *at, size_t len);
    static int onMessageComplete(http_parser *p);

    BodyLimit m_bodyLimitOf;
    int m_maxHeaderBytes = 0;
    http_parser m_parser;
    http_parser_settings m_settings;
    HttpRequest m_request;
    QByteArray m_url;
    QByteArray m_field;
    QByteArray m_value;
    bool m_lastWasValue = false;
    bool m_headersDone = false;
    bool m_messageDone = false;
    bool m_bodyTooLarge = false;
    qint64 m_bodyLimit = 0;
};

} // namespace inkboard::server
