// SPDX-License-Identifier: Apache-2.0
#include "share_link.h"

#include "model/ids.h"

#include <QUrlQuery>

namespace inkboard::protocol {

bool isValidLinkKey(const QString &key)
{
    if (key.isEmpty() || key.size() > kMaxLinkKeyLength)
        return false;
    for (const QChar c : key) {
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') ||
                        (c >= u'0' && c <= u'9') || c == u'-' || c == u'_';
        if (!ok)
            return false;
    }
    return true;
}

namespace {

QString linkPath(const QUrl &server, const QString &drawingId)
{
    QString prefix = server.path();
    while (prefix.endsWith(QLatin1Char('/')))
        prefix.chop(1);
    return prefix + QLatin1String("/d/") + drawingId;
}

} // namespace

QJsonObject ShareLinkInfo::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("drawing_id"), drawingId},
            {QStringLiteral("role"), roleName(role)},
            {QStringLiteral("created_by"), createdBy.toJson()},
            {QStringLiteral("created_at"), toIsoUtc(createdAt)},
            {QStringLiteral("expires_at"),
             expiresAt.isValid() ? QJsonValue(toIsoUtc(expiresAt)) : QJsonValue()},
            {QStringLiteral("members"), members}};
}

ShareLinkInfo ShareLinkInfo::fromJson(const QJsonObject &json)
{
    ShareLinkInfo l;
    l.id = json.value(QLatin1String("id")).toString();
    l.drawingId = json.value(QLatin1String("drawing_id")).toString();
    l.role = roleFromString(json.value(QLatin1String("role")).toString()).value_or(Role::Viewer);
    l.createdBy = UserRef::fromJson(json.value(QLatin1String("created_by")).toObject());
    l.createdAt = fromIsoUtc(json.value(QLatin1String("created_at")).toString());
    const QJsonValue expires = json.value(QLatin1String("expires_at"));
    if (expires.isString())
        l.expiresAt = fromIsoUtc(expires.toString());
    l.members = int(revisionFromJson(json.value(QLatin1String("members")), 0));
    return l;
}

QUrl ShareLinkAddress::webUrl() const
{
    QUrl url = server;
    url.setPath(linkPath(server, drawingId));
    url.setQuery(QStringLiteral("k=") + key);
    url.setFragment({});
    return url;
}

QUrl ShareLinkAddress::appUrl() const
{
    QUrl url = webUrl();
    const bool plain = server.scheme() == u"http";
    url.setScheme(QStringLiteral("inkboard"));
    if (plain)
        url.setQuery(QStringLiteral("k=%1&tls=0").arg(key));
    return url;
}

std::optional<ShareLinkAddress> ShareLinkAddress::parse(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty() || url.hasFragment())
        return std::nullopt;
    const QString scheme = url.scheme();
    if (scheme != u"inkboard" && scheme != u"https" && scheme != u"http")
        return std::nullopt;
    // …/d/ID, with whatever prefix the server lives under before it.
    const QString path = url.path();
    const qsizetype at = path.lastIndexOf(QLatin1String("/d/"));
    if (at < 0)
        return std::nullopt;
    ShareLinkAddress link;
    link.drawingId = path.mid(at + 3);
    if (!isValidId(link.drawingId))
        return std::nullopt;
    const QUrlQuery query(url);
    link.key = query.queryItemValue(QStringLiteral("k"), QUrl::FullyDecoded);
    if (!isValidLinkKey(link.key))
        return std::nullopt;
    QString serverScheme = scheme;
    if (scheme == u"inkboard") {
        const QString tls = query.queryItemValue(QStringLiteral("tls"));
        if (!tls.isEmpty() && tls != u"0" && tls != u"1")
            return std::nullopt;
        serverScheme = tls == u"0" ? QStringLiteral("http") : QStringLiteral("https");
    }
    link.server.setScheme(serverScheme);
    link.server.setHost(url.host());
    const int defaultPort = serverScheme == u"https" ? 443 : 80;
    if (url.port() >= 0 && url.port() != defaultPort)
        link.server.setPort(url.port());
    link.server.setPath(path.left(at));
    return link;
}

} // namespace inkboard::protocol
