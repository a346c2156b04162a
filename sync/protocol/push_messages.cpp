// SPDX-License-Identifier: Apache-2.0
#include "push_messages.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace inkboard::protocol {

QJsonObject Hello::toJson() const
{
    QJsonArray array;
    for (const Presence &p : peers)
        array.append(p.toServerJson());
    return {{QStringLiteral("type"), QStringLiteral("hello")},
            {QStringLiteral("drawing_id"), drawingId},
            {QStringLiteral("latest_revision"), latestRevision},
            {QStringLiteral("session_id"), sessionId},
            {QStringLiteral("user"), user.toJson()},
            {QStringLiteral("peers"), array}};
}

QJsonObject Leave::toJson() const
{
    return {{QStringLiteral("type"), QStringLiteral("leave")},
            {QStringLiteral("session_id"), sessionId}};
}

Parsed<PushMessage> parsePushMessage(const QByteArray &frame, const Limits &limits)
{
    Parsed<QJsonObject> parsed = parseJsonObject(frame, limits);
    if (auto *err = errorOf(parsed))
        return *err;
    const QJsonObject json = std::get<QJsonObject>(std::move(parsed));
    const QString type = json.value(QLatin1String("type")).toString();
    if (type == u"commit") {
        Parsed<Commit> c = Commit::fromJson(json, limits);
        if (auto *err = errorOf(c))
            return *err;
        return PushMessage(std::get<Commit>(std::move(c)));
    }
    if (type == u"presence") {
        Parsed<Presence> p = Presence::fromJson(json, limits);
        if (auto *err = errorOf(p))
            return *err;
        return PushMessage(std::get<Presence>(std::move(p)));
    }
    if (type == u"hello") {
        Hello h;
        h.drawingId = json.value(QLatin1String("drawing_id")).toString();
        h.latestRevision = revisionFromJson(json.value(QLatin1String("latest_revision")), 0);
        h.sessionId = json.value(QLatin1String("session_id")).toString();
        h.user = UserRef::fromJson(json.value(QLatin1String("user")).toObject());
        for (const QJsonValue &v : json.value(QLatin1String("peers")).toArray()) {
            Parsed<Presence> p = Presence::fromJson(v.toObject(), limits);
            if (auto *ok = std::get_if<Presence>(&p))
                h.peers.append(*ok);
        }
        return PushMessage(h);
    }
    if (type == u"comment") {
        Parsed<CommentFrame> c = CommentFrame::fromJson(json);
        if (auto *err = errorOf(c))
            return *err;
        return PushMessage(std::get<CommentFrame>(std::move(c)));
    }
    if (type == u"leave")
        return PushMessage(Leave{json.value(QLatin1String("session_id")).toString()});
    return PushMessage(UnknownMessage{type});
}

} // namespace inkboard::protocol
