// SPDX-License-Identifier: Apache-2.0
#include "fanout_checks.h"

#include "model/ids.h"
#include "model/op_codec.h"
#include "protocol/commit.h"
#include "protocol/push_messages.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace inkboard::server {

namespace {

// A leave frame is {"session_id":…,"type":"leave"}: a few dozen bytes.
constexpr qsizetype kMaxLeaveBytes = 1024;
// A comment frame: its text (4,000 characters, up to 4 bytes each when escaped) and a few
// short fields.
constexpr qsizetype kMaxCommentFrameBytes = 64 * 1024;
// A control message is a handful of short fields.
constexpr qsizetype kMaxControlBytes = 4096;
// RFC 6455 5.5: a close frame's payload is at most 125 bytes, 2 of them the code.
constexpr qsizetype kMaxCloseReasonBytes = 123;

QString commitRefusal(const QString &drawingId, const FanoutMessage &m, const Limits &limits)
{
    bool ok = false;
    const qint64 revision = m.arg.toLongLong(&ok);
    if (!ok || revision < 1)
        return QStringLiteral("a commit message without a revision");
    Parsed<QJsonObject> json = parseJsonObject(m.body, limits);
    if (const ValidationError *err = errorOf(json))
        return err->message;
    const QJsonObject &frame = std::get<QJsonObject>(json);
    if (frame.value(QLatin1String("type")).toString() != u"commit")
        return QStringLiteral("not a commit frame");
    if (frame.value(QLatin1String("drawing_id")).toString() != drawingId)
        return QStringLiteral("a commit frame of another drawing");
    Parsed<protocol::Commit> commit = protocol::Commit::fromJson(frame, limits);
    if (const ValidationError *err = errorOf(commit))
        return err->message;
    if (std::get<protocol::Commit>(commit).revision != revision)
        return QStringLiteral("a commit frame of another revision");
    return {};
}

} // namespace

QString refusalOf(const QString &drawingId, const FanoutMessage &m, const Limits &limits,
                  qint64 maxPresenceBytes)
{
    switch (m.kind) {
    case FanoutMessage::Commit:
        return commitRefusal(drawingId, m, limits);
    case FanoutMessage::Presence: {
        if (m.body.size() > maxPresenceBytes)
            return QStringLiteral("presence over %1 bytes").arg(maxPresenceBytes);
        Parsed<protocol::PushMessage> parsed = protocol::parsePushMessage(m.body, limits);
        if (const ValidationError *err = errorOf(parsed))
            return err->message;
        const auto *presence =
            std::get_if<protocol::Presence>(&std::get<protocol::PushMessage>(parsed));
        if (!presence)
            return QStringLiteral("not a presence frame");
        if (presence->sessionId.toLatin1() != m.arg)
            return QStringLiteral("presence of another session");
        return {};
    }
    case FanoutMessage::Leave: {
        if (m.body.size() > kMaxLeaveBytes)
            return QStringLiteral("a leave frame over %1 bytes").arg(kMaxLeaveBytes);
        Parsed<protocol::PushMessage> parsed = protocol::parsePushMessage(m.body, limits);
        if (const ValidationError *err = errorOf(parsed))
            return err->message;
        const auto *leave = std::get_if<protocol::Leave>(&std::get<protocol::PushMessage>(parsed));
        if (!leave)
            return QStringLiteral("not a leave frame");
        if (!isValidId(leave->sessionId) || leave->sessionId.toLatin1() != m.arg)
            return QStringLiteral("a leave frame of another session");
        return {};
    }
    case FanoutMessage::Comment: {
        if (m.body.size() > kMaxCommentFrameBytes)
            return QStringLiteral("a comment frame over %1 bytes").arg(kMaxCommentFrameBytes);
        Parsed<protocol::PushMessage> parsed = protocol::parsePushMessage(m.body, limits);
        if (const ValidationError *err = errorOf(parsed))
            return err->message;
        const auto *frame =
            std::get_if<protocol::CommentFrame>(&std::get<protocol::PushMessage>(parsed));
        if (!frame)
            return QStringLiteral("not a comment frame");
        if (frame->drawingId != drawingId)
            return QStringLiteral("a comment frame of another drawing");
        return {};
    }
    default:
        return QStringLiteral("an unknown kind of message");
    }
}

std::optional<QJsonObject> controlCommand(const QByteArray &body)
{
    if (body.size() > kMaxControlBytes)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject command = doc.object();
    const QString what = command.value(QLatin1String("what")).toString();
    const bool needsDrawing = what == u"drawing" || what == u"member" || what == u"role";
    const bool needsUser = what == u"member" || what == u"role" || what == u"user";
    const bool closes = what != u"role";
    if (!needsDrawing && !needsUser && what != u"token")
        return std::nullopt;
    if (needsDrawing && !isValidId(command.value(QLatin1String("drawing")).toString()))
        return std::nullopt;
    if (needsUser && command.value(QLatin1String("user")).toString().isEmpty())
        return std::nullopt;
    if (what == u"token") {
        const QByteArray hex = command.value(QLatin1String("token")).toString().toLatin1();
        if (hex.size() != 64 || QByteArray::fromHex(hex).toHex() != hex.toLower())
            return std::nullopt;
    }
    if (what == u"role" &&
        !protocol::roleFromString(command.value(QLatin1String("role")).toString()))
        return std::nullopt;
    if (closes) {
        const QJsonValue code = command.value(QLatin1String("code"));
        if (!code.isDouble() || code.toInt() < 4400 || code.toInt() > 4499)
            return std::nullopt;
        if (command.value(QLatin1String("reason")).toString().toUtf8().size() >
            kMaxCloseReasonBytes)
            return std::nullopt;
    }
    return command;
}

} // namespace inkboard::server
