// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/limits.h"
#include "model/op.h"
#include "model/op_codec.h"
#include "wire_types.h"

#include <QDateTime>
#include <QJsonObject>

namespace inkboard::protocol {

// One committed revision of a drawing: in `ops?after` pages and WebSocket `commit` frames.
struct Commit
{
    qint64 revision = 0;
    UserRef author;
    QString clientId;
    QDateTime createdAt;
    OpList ops;

    // The REST form: {"revision", "author", "client_id", "created_at", "ops"}.
    QJsonObject toJson() const;
    // The push form: the REST form plus {"type": "commit", "drawing_id"}.
    QJsonObject toPushJson(const QString &drawingId) const;
    // Validates the ops with the model's rules: a client trusts no input either.
    static Parsed<Commit> fromJson(const QJsonObject &json, const Limits &limits);
};

// The body of POST /drawings/{id}/ops.
struct CommitRequest
{
    QString clientId;
    OpList ops;

    QJsonObject toJson() const;
    static Parsed<CommitRequest> fromJson(const QJsonObject &json, const Limits &limits);
};

// The answer to POST /drawings/{id}/ops.
struct CommitResponse
{
    struct Result
    {
        QString opId;
        qint64 revision = 0;
        bool duplicate = false;
    };
    std::optional<qint64> revision; // empty when every op was a duplicate
    qint64 latestRevision = 0;
    QList<Result> results;

    QJsonObject toJson() const;
    static CommitResponse fromJson(const QJsonObject &json);
};

// GET /drawings/{id}/ops?after=R
struct OpsPage
{
    QString drawingId;
    qint64 latestRevision = 0;
    QList<Commit> commits;
    bool hasMore = false;

    QJsonObject toJson() const;
    static Parsed<OpsPage> fromJson(const QJsonObject &json, const Limits &limits);
};

// GET /drawings/{id}/snapshot
struct Snapshot
{
    QString drawingId;
    qint64 revision = 0;
    QList<Object> objects;

    QJsonObject toJson() const;
    static Parsed<Snapshot> fromJson(const QJsonObject &json, const Limits &limits);
};

} // namespace inkboard::protocol
