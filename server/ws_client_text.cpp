// SPDX-License-Identifier: Apache-2.0
#include "ws_client_text.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace inkboard::server {

Parsed<std::optional<protocol::Presence>> parseClientText(const QByteArray &utf8,
                                                          const Limits &limits)
{
    const QJsonDocument doc = QJsonDocument::fromJson(utf8);
    if (!doc.isObject())
        return ValidationError{ValidationError::Code::BadJson, QStringLiteral("not a JSON object")};
    const QJsonObject json = doc.object();
    if (json.value(QLatin1String("type")).toString() != u"presence")
        return std::optional<protocol::Presence>();
    QJsonObject fields = json;
    fields.remove(QStringLiteral("session_id"));
    fields.remove(QStringLiteral("user"));
    Parsed<protocol::Presence> parsed = protocol::Presence::fromJson(fields, limits);
    if (auto *err = errorOf(parsed))
        return *err;
    return std::optional<protocol::Presence>(std::get<protocol::Presence>(std::move(parsed)));
}

} // namespace inkboard::server
