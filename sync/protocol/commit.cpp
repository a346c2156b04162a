// SPDX-License-Identifier: Apache-2.0
#include "commit.h"

#include "model/ids.h"

#include <QJsonArray>

namespace inkboard::protocol {

namespace {
using Code = ValidationError::Code;
} // namespace

QJsonObject Commit::toJson() const
{
    return {{QStringLiteral("revision"), revision},
            {QStringLiteral("author"), author.toJson()},
            {QStringLiteral("client_id"), clientId},
            {QStringLiteral("created_at"), toIsoUtc(createdAt)},
            {QStringLiteral("ops"), opsToJson(ops)}};
}

QJsonObject Commit::toPushJson(const QString &drawingId) const
{
    QJsonObject o = toJson();
    o.insert(QStringLiteral("type"), QStringLiteral("commit"));
    o.insert(QStringLiteral("drawing_id"), drawingId);
    return o;
}

Parsed<Commit> Commit::fromJson(const QJsonObject &json, const Limits &limits)
{
    const std::optional<qint64> revision = revisionFromJson(json.value(QLatin1String("revision")));
    if (!revision || *revision < 1)
        return ValidationError{Code::BadRequest, QStringLiteral("commit without a revision")};
    Parsed<OpList> ops = parseOps(json.value(QLatin1String("ops")), limits);
    if (auto *err = errorOf(ops))
        return *err;
    Commit c;
    c.revision = *revision;
    c.author = UserRef::fromJson(json.value(QLatin1String("author")).toObject());
    c.clientId = json.value(QLatin1String("client_id")).toString();
    c.createdAt = fromIsoUtc(json.value(QLatin1String("created_at")).toString());
    c.ops = std::move(std::get<OpList>(ops));
    return c;
}

QJsonObject CommitRequest::toJson() const
{
    return {{QStringLiteral("client_id"), clientId}, {QStringLiteral("ops"), opsToJson(ops)}};
}

Parsed<CommitRequest> CommitRequest::fromJson(const QJsonObject &json, const Limits &limits)
{
    const QJsonValue clientId = json.value(QLatin1String("client_id"));
    if (!clientId.isString())
        return ValidationError{Code::BadRequest, QStringLiteral("'client_id' is required")};
    if (!isValidId(clientId.toString())) {
        return ValidationError{Code::InvalidId,
                               QStringLiteral("'client_id' must be 1-64 of [A-Za-z0-9_-]")};
    }
    if (!json.contains(QLatin1String("ops")))
        return ValidationError{Code::BadRequest, QStringLiteral("'ops' is required")};
    Parsed<OpList> ops = parseOps(json.value(QLatin1String("ops")), limits);
    if (auto *err = errorOf(ops))
        return *err;
    return CommitRequest{clientId.toString(), std::move(std::get<OpList>(ops))};
}

QJsonObject CommitResponse::toJson() const
{
    QJsonArray array;
    for (const Result &r : results) {
        array.append(
            QJsonObject{{QStringLiteral("op_id"), r.opId},
                        {QStringLiteral("revision"), r.revision},
                        {QStringLiteral("status"),
                         r.duplicate ? QStringLiteral("duplicate") : QStringLiteral("applied")}});
    }
    return {{QStringLiteral("revision"), revision ? QJsonValue(*revision) : QJsonValue()},
            {QStringLiteral("latest_revision"), latestRevision},
            {QStringLiteral("results"), array}};
}

CommitResponse CommitResponse::fromJson(const QJsonObject &json)
{
    CommitResponse r;
    r.revision = revisionFromJson(json.value(QLatin1String("revision")));
    r.latestRevision = revisionFromJson(json.value(QLatin1String("latest_revision")), 0);
    const QJsonArray results = json.value(QLatin1String("results")).toArray();
    for (const QJsonValue &v : results) {
        const QJsonObject o = v.toObject();
        r.results.append({o.value(QLatin1String("op_id")).toString(),
                          revisionFromJson(o.value(QLatin1String("revision")), 0),
                          o.value(QLatin1String("status")).toString() == u"duplicate"});
    }
    return r;
}

QJsonObject OpsPage::toJson() const
{
    QJsonArray array;
    for (const Commit &c : commits)
        array.append(c.toJson());
    return {{QStringLiteral("drawing_id"), drawingId},
            {QStringLiteral("latest_revision"), latestRevision},
            {QStringLiteral("commits"), array},
            {QStringLiteral("has_more"), hasMore}};
}

Parsed<OpsPage> OpsPage::fromJson(const QJsonObject &json, const Limits &limits)
{
    OpsPage page;
    page.drawingId = json.value(QLatin1String("drawing_id")).toString();
    page.latestRevision = revisionFromJson(json.value(QLatin1String("latest_revision")), 0);
    page.hasMore = json.value(QLatin1String("has_more")).toBool();
    const QJsonValue commits = json.value(QLatin1String("commits"));
    if (!commits.isArray())
        return ValidationError{Code::BadRequest, QStringLiteral("'commits' must be an array")};
    for (const QJsonValue &v : commits.toArray()) {
        Parsed<Commit> c = Commit::fromJson(v.toObject(), limits);
        if (auto *err = errorOf(c))
            return *err;
        page.commits.append(std::move(std::get<Commit>(c)));
    }
    return page;
}

QJsonObject Snapshot::toJson() const
{
    QJsonArray array;
    for (const Object &o : objects)
        array.append(o.toJson());
    return {{QStringLiteral("drawing_id"), drawingId},
            {QStringLiteral("revision"), revision},
            {QStringLiteral("objects"), array}};
}

Parsed<Snapshot> Snapshot::fromJson(const QJsonObject &json, const Limits &limits)
{
    Snapshot s;
    s.drawingId = json.value(QLatin1String("drawing_id")).toString();
    const std::optional<qint64> revision = revisionFromJson(json.value(QLatin1String("revision")));
    if (!revision)
        return ValidationError{Code::BadRequest, QStringLiteral("snapshot without a revision")};
    s.revision = *revision;
    const QJsonValue objects = json.value(QLatin1String("objects"));
    if (!objects.isArray())
        return ValidationError{Code::BadRequest, QStringLiteral("'objects' must be an array")};
    const QJsonArray array = objects.toArray();
    s.objects.reserve(array.size());
    for (const QJsonValue &v : array) {
        Parsed<Object> o = parseObject(v, limits);
        if (auto *err = errorOf(o))
            return *err;
        s.objects.append(std::move(std::get<Object>(o)));
    }
    return s;
}

} // namespace inkboard::protocol
