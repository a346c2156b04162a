// SPDX-License-Identifier: Apache-2.0
#include "share_links.h"

#include "model/ids.h"
#include "sync_client.h"

#include <QJsonArray>

namespace inkboard::sync {

namespace {

// A 2xx whose body is not what the call promises: reported as a failed answer.
RestResult malformed(RestResult r)
{
    r.status = 502;
    r.json = protocol::ApiError{
        502,
        QStringLiteral("bad_answer"),
        QStringLiteral("the server's answer is not a share link's"),
        {}}.toJson();
    return r;
}

} // namespace

void ShareLinks::create(const QString &serverUrl, const QString &drawingId, protocol::Role role,
                        std::optional<qint64> expiresInSeconds, QObject *context, CreatedDone done)
{
    QJsonObject body{{QStringLiteral("role"), protocol::roleName(role)}};
    if (expiresInSeconds)
        body.insert(QStringLiteral("expires_in_s"), *expiresInSeconds);
    m_client->restClient(serverUrl)->sendJson(
        "POST", QStringLiteral("/drawings/%1/links").arg(drawingId), body, context,
        [drawingId, done = std::move(done)](const RestResult &r) {
            if (!r.ok())
                return done(r, std::nullopt);
            Created created{protocol::ShareLinkInfo::fromJson(r.json),
                            r.json.value(QLatin1String("key")).toString()};
            if (!isValidId(created.info.id) || created.info.drawingId != drawingId ||
                !protocol::isValidLinkKey(created.key))
                return done(malformed(r), std::nullopt);
            done(r, created);
        });
}

void ShareLinks::list(const QString &serverUrl, const QString &drawingId, QObject *context,
                      ListDone done)
{
    m_client->restClient(serverUrl)->get(
        QStringLiteral("/drawings/%1/links").arg(drawingId), context,
        [done = std::move(done)](const RestResult &r) {
            QList<protocol::ShareLinkInfo> links;
            const QJsonArray array = r.json.value(QLatin1String("links")).toArray();
            // No more than a drawing may have: a server that sends more is not believed.
            for (qsizetype i = 0;
                 r.ok() && i < qMin<qsizetype>(array.size(), protocol::kMaxLinksPerDrawing); ++i) {
                const protocol::ShareLinkInfo l =
                    protocol::ShareLinkInfo::fromJson(array[i].toObject());
                if (isValidId(l.id))
                    links.append(l);
            }
            done(r, links);
        });
}

void ShareLinks::revoke(const QString &serverUrl, const QString &drawingId, const QString &linkId,
                        QObject *context, std::function<void(const RestResult &)> done)
{
    m_client->restClient(serverUrl)->sendJson(
        "DELETE", QStringLiteral("/drawings/%1/links/%2").arg(drawingId, linkId), {}, context,
        std::move(done));
}

void ShareLinks::redeem(const QString &serverUrl, const protocol::ShareLinkAddress &link,
                        QObject *context, RedeemDone done)
{
    m_client->restClient(serverUrl)->sendJson(
        "POST", QStringLiteral("/links/redeem"),
        {{QStringLiteral("drawing"), link.drawingId}, {QStringLiteral("key"), link.key}}, context,
        [drawingId = link.drawingId, done = std::move(done)](const RestResult &r) {
            if (!r.ok())
                return done(r, std::nullopt);
            const auto role =
                protocol::roleFromString(r.json.value(QLatin1String("role")).toString());
            if (!role || r.json.value(QLatin1String("drawing")).toString() != drawingId)
                return done(malformed(r), std::nullopt);
            done(r, role);
        });
}

} // namespace inkboard::sync
