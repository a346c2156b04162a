// SPDX-License-Identifier: Apache-2.0
// libFuzzer entry point over WebSocket text frames as both ends read them: the server's
// parseClientText (server/ws_client_text.cpp, what WsSession::onText does with a client's
// frame) and the client's parsePushMessage (sync/protocol/push_messages.cpp).
//
// Beyond "no crash": a presence the server accepts must reach every client as a frame the
// client parses back to the same presence, alone and inside a hello (issue 13, row 4); and
// what the client parses must survive its own JSON form.
//
// Built two ways: with clang and -fsanitize=fuzzer as the fuzz target (tests/fuzz), and
// with any compiler plus fuzz_replay_main.cpp to replay the seed corpus in CTest.

#include "protocol/push_messages.h"
#include "ws_client_text.h"

#include <QByteArray>
#include <QJsonDocument>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>

using namespace inkboard;

namespace {

[[noreturn]] void fail(const char *what)
{
    std::fprintf(stderr, "ws_fuzz: invariant broken: %s\n", what);
    std::abort();
}

void check(bool ok, const char *what)
{
    if (!ok)
        fail(what);
}

void checkError(const ValidationError &err)
{
    check(!err.errorCode().isEmpty() && !err.message.isEmpty(), "error without code/message");
}

QByteArray compact(const QJsonObject &json)
{
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

// The frame as a T, or nullopt (the error printed) when it does not parse as one.
template<typename T> std::optional<T> pushAs(const Parsed<protocol::PushMessage> &parsed)
{
    if (const ValidationError *err = errorOf(parsed)) {
        std::fprintf(stderr, "ws_fuzz: %s\n", qPrintable(err->message));
        return std::nullopt;
    }
    if (const T *message = std::get_if<T>(&std::get<protocol::PushMessage>(parsed)))
        return *message;
    return std::nullopt;
}

// The server side: what WsSession::onText does with the frame, then what it relays.
void serverReads(const QByteArray &frame, const Limits &limits)
{
    const Parsed<std::optional<protocol::Presence>> parsed = server::parseClientText(frame, limits);
    if (const ValidationError *err = errorOf(parsed)) {
        checkError(*err);
        return;
    }
    const std::optional<protocol::Presence> &accepted =
        std::get<std::optional<protocol::Presence>>(parsed);
    if (!accepted)
        return; // ignored
    check(accepted->sessionId.isEmpty() && accepted->user.id.isEmpty(),
          "a client chose its own session id or user");
    protocol::Presence p = *accepted;
    p.sessionId = QStringLiteral("s1");
    p.user = protocol::UserRef{QStringLiteral("u1"), QStringLiteral("Ada")};

    const std::optional<protocol::Presence> relayed =
        pushAs<protocol::Presence>(protocol::parsePushMessage(compact(p.toServerJson()), limits));
    check(relayed.has_value(), "a relayed presence the client cannot parse");
    check(*relayed == p, "a relayed presence that parses to something else");

    protocol::Hello hello;
    hello.drawingId = QStringLiteral("d1");
    hello.latestRevision = 1;
    hello.sessionId = QStringLiteral("s2");
    hello.user = protocol::UserRef{QStringLiteral("u2"), QStringLiteral("Bob")};
    hello.peers = {p};
    const std::optional<protocol::Hello> greeted =
        pushAs<protocol::Hello>(protocol::parsePushMessage(compact(hello.toJson()), limits));
    check(greeted.has_value(), "a hello with an accepted presence the client cannot parse");
    check(greeted->peers == hello.peers, "a hello whose peers parse to something else");
}

// The client side: a frame from a (possibly hostile) server.
void clientReads(const QByteArray &frame, const Limits &limits)
{
    const Parsed<protocol::PushMessage> parsed = protocol::parsePushMessage(frame, limits);
    if (const ValidationError *err = errorOf(parsed)) {
        checkError(*err);
        return;
    }
    const protocol::PushMessage &message = std::get<protocol::PushMessage>(parsed);
    if (const auto *presence = std::get_if<protocol::Presence>(&message)) {
        const auto again = pushAs<protocol::Presence>(
            protocol::parsePushMessage(compact(presence->toServerJson()), limits));
        check(again && *again == *presence, "a presence does not survive its JSON form");
    } else if (const auto *hello = std::get_if<protocol::Hello>(&message)) {
        const auto again =
            pushAs<protocol::Hello>(protocol::parsePushMessage(compact(hello->toJson()), limits));
        check(again && again->peers == hello->peers && again->drawingId == hello->drawingId &&
                  again->latestRevision == hello->latestRevision &&
                  again->sessionId == hello->sessionId && again->user == hello->user,
              "a hello does not survive its JSON form");
    } else if (const auto *leave = std::get_if<protocol::Leave>(&message)) {
        const auto again =
            pushAs<protocol::Leave>(protocol::parsePushMessage(compact(leave->toJson()), limits));
        check(again && again->sessionId == leave->sessionId,
              "a leave does not survive its JSON form");
    } else if (const auto *commit = std::get_if<protocol::Commit>(&message)) {
        const auto again = pushAs<protocol::Commit>(
            protocol::parsePushMessage(compact(commit->toPushJson(QStringLiteral("d1"))), limits));
        check(again && again->revision == commit->revision && again->ops == commit->ops,
              "a commit does not survive its JSON form");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray frame(reinterpret_cast<const char *>(data), qsizetype(size));
    // The default limits, as both ends have them unless told otherwise; and small ones, so
    // that short inputs reach them (the frame size limit stays: the relay adds to a frame).
    const Limits defaults;
    Limits small;
    small.maxTextChars = 16;
    small.maxPointsPerStroke = 8;
    small.maxOpsPerCommit = 4;
    serverReads(frame, defaults);
    clientReads(frame, defaults);
    serverReads(frame, small);
    clientReads(frame, small);
    return 0;
}
