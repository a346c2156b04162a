// SPDX-License-Identifier: Apache-2.0
#include "http_request_parser.h"

#include <QUrl>
#include <cctype>
#include <cstring>
#include <utility>

namespace inkboard::server {

namespace {

HttpRequestParser *self(http_parser *p)
{
    return static_cast<HttpRequestParser *>(p->data);
}

} // namespace

HttpRequestParser::HttpRequestParser(BodyLimit bodyLimit) : m_bodyLimitOf(std::move(bodyLimit))
{
    http_parser_settings_init(&m_settings);
    m_settings.on_url = &HttpRequestParser::onUrl;
    m_settings.on_header_field = &HttpRequestParser::onHeaderField;
    m_settings.on_header_value = &HttpRequestParser::onHeaderValue;
    m_settings.on_headers_complete = &HttpRequestParser::onHeadersComplete;
    m_settings.on_body = &HttpRequestParser::onBody;
    m_settings.on_message_complete = &HttpRequestParser::onMessageComplete;
    m_settings.on_chunk_header = &HttpRequestParser::onChunkHeader;
    http_parser_init(&m_parser, HTTP_REQUEST);
    m_parser.data = this;
}

void HttpRequestParser::begin(const QHostAddress &peer, int maxHeaderBytes)
{
    http_parser_init(&m_parser, HTTP_REQUEST);
    m_parser.data = this;
    m_maxHeaderBytes = maxHeaderBytes;
    m_request = HttpRequest();
    m_request.peer = peer;
    m_url.clear();
    m_field.clear();
    m_value.clear();
    m_lastWasValue = false;
    m_headersDone = m_messageDone = m_bodyTooLarge = false;
    m_bodyLimit = 0;
}

size_t HttpRequestParser::feed(const char *data, size_t size)
{
    return http_parser_execute(&m_parser, &m_settings, data, size);
}

HttpRequest HttpRequestParser::takeRequest()
{
    HttpRequest taken = std::move(m_request);
    m_request = HttpRequest();
    return taken;
}

int HttpRequestParser::onUrl(http_parser *p, const char *at, size_t len)
{
    HttpRequestParser *c = self(p);
    c->m_url.append(at, qsizetype(len));
    return c->m_url.size() > c->m_maxHeaderBytes ? 1 : 0;
}

int HttpRequestParser::onHeaderField(http_parser *p, const char *at, size_t len)
{
    HttpRequestParser *c = self(p);
    if (c->m_lastWasValue) {
        c->m_request.headers.insert(c->m_field.toLower(), c->m_value.trimmed());
        c->m_field.clear();
        c->m_value.clear();
    }
    c->m_lastWasValue = false;
    c->m_field.append(at, qsizetype(len));
    // Field names are tokens (RFC 9110 5.1); the parser is lenient about some of it.
    static const QByteArray extra("!#$%&'*+-.^_`|~");
    for (size_t i = 0; i < len; ++i) {
        const char ch = at[i];
        if (!(std::isalnum(static_cast<unsigned char>(ch)) || extra.contains(ch)))
            return 1;
    }
    return 0;
}

int HttpRequestParser::onHeaderValue(http_parser *p, const char *at, size_t len)
{
    HttpRequestParser *c = self(p);
    c->m_lastWasValue = true;
    // The parser lets NUL through; RFC 9110 5.5 says to refuse it (it would cut a value
    // short in C strings and logs).
    if (std::memchr(at, '\0', len))
        return 1;
    c->m_value.append(at, qsizetype(len));
    return 0;
}

int HttpRequestParser::onHeadersComplete(http_parser *p)
{
    HttpRequestParser *c = self(p);
    if (c->m_lastWasValue || !c->m_field.isEmpty()) {
        const QByteArray name = c->m_field.toLower();
        // Repeated headers join with a comma (RFC 9110 5.3); a second Content-Length or
        // Host is refused by the parser or below.
        if (c->m_request.headers.contains(name))
            c->m_request.headers[name] += ", " + c->m_value.trimmed();
        else
            c->m_request.headers.insert(name, c->m_value.trimmed());
    }
    HttpRequest &r = c->m_request;
    if (p->http_major != 1)
        return -1; // HTTP/1.0 and 1.1 only
    r.method = http_method_str(http_method(p->method));
    r.target = c->m_url;
    http_parser_url u;
    http_parser_url_init(&u);
    if (http_parser_parse_url(c->m_url.constData(), c->m_url.size(), 0, &u) != 0 ||
        !(u.field_set & (1 << UF_PATH)))
        return -1; // a malformed target
    const QByteArray path = c->m_url.mid(u.field_data[UF_PATH].off, u.field_data[UF_PATH].len);
    r.path = QUrl::fromPercentEncoding(path);
    if (u.field_set & (1 << UF_QUERY)) {
        r.query.setQuery(QString::fromUtf8(
            c->m_url.mid(u.field_data[UF_QUERY].off, u.field_data[UF_QUERY].len)));
    }
    r.upgrade = p->upgrade && r.header("upgrade").toLower().contains("websocket");
    if (p->upgrade && !r.upgrade && r.method != "CONNECT") {
        // An upgrade to something else: serve the request as plain HTTP.
        p->upgrade = 0;
    }
    c->m_headersDone = true;
    if (r.upgrade)
        return 0;
    c->m_bodyLimit = c->m_bodyLimitOf(r);
    if ((p->flags & F_CONTENTLENGTH) && p->content_length != ULLONG_MAX &&
        qint64(p->content_length) > c->m_bodyLimit) {
        c->m_bodyTooLarge = true;
        http_parser_pause(p, 1);
    }
    return 0;
}

int HttpRequestParser::onChunkHeader(http_parser *p)
{
    // A chunk that would take the body over its limit is refused before it arrives.
    HttpRequestParser *c = self(p);
    if (p->content_length != ULLONG_MAX &&
        qint64(p->content_length) > c->m_bodyLimit - c->m_request.body.size()) {
        c->m_bodyTooLarge = true;
        http_parser_pause(p, 1);
    }
    return 0;
}

int HttpRequestParser::onBody(http_parser *p, const char *at, size_t len)
{
    HttpRequestParser *c = self(p);
    if (c->m_request.body.size() + qint64(len) > c->m_bodyLimit) {
        c->m_bodyTooLarge = true;
        http_parser_pause(p, 1);
        return 0;
    }
    c->m_request.body.append(at, qsizetype(len));
    return 0;
}

int HttpRequestParser::onMessageComplete(http_parser *p)
{
    HttpRequestParser *c = self(p);
    c->m_messageDone = true;
    http_parser_pause(p, 1); // one request at a time
    return 0;
}

} // namespace inkboard::server
