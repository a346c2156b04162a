// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/validation_error.h"

#include <QJsonObject>
#include <QString>

namespace inkboard::protocol {

// An error answer of PROTOCOL.md §1: a status and {"error", "message", ...extra}.
struct ApiError
{
    int status = 400;
    QString code;
    QString message;
    QJsonObject extra; // e.g. "index" for invalid_op, "snapshot_revision" for gone

    QJsonObject toJson() const;
    static ApiError fromJson(int status, const QJsonObject &json);
    static ApiError fromValidation(const ValidationError &error);

    static ApiError badJson(const QString &message)
    {
        return {400, QStringLiteral("bad_json"), message, {}};
    }
    static ApiError badRequest(const QString &message)
    {
        return {400, QStringLiteral("bad_request"), message, {}};
    }
    static ApiError invalidId(const QString &message)
    {
        return {400, QStringLiteral("invalid_id"), message, {}};
    }
    static ApiError unauthorized(const QString &message = QStringLiteral("sign in first"))
    {
        return {401, QStringLiteral("unauthorized"), message, {}};
    }
    static ApiError forbidden(const QString &message)
    {
        return {403, QStringLiteral("forbidden"), message, {}};
    }
    static ApiError notFound(const QString &message = QStringLiteral("not found"))
    {
        return {404, QStringLiteral("not_found"), message, {}};
    }
    static ApiError methodNotAllowed()
    {
        return {405,
                QStringLiteral("method_not_allowed"),
                QStringLiteral("method not allowed on this path"),
                {}};
    }
    static ApiError conflict(const QString &code, const QString &message)
    {
        return {409, code, message, {}};
    }
    static ApiError gone(qint64 snapshotRevision);
    static ApiError tooLarge(const QString &message)
    {
        return {413, QStringLiteral("too_large"), message, {}};
    }
    static ApiError unsupportedMediaType(const QString &message)
    {
        return {415, QStringLiteral("unsupported_media_type"), message, {}};
    }
    static ApiError hashMismatch()
    {
        return {422,
                QStringLiteral("hash_mismatch"),
                QStringLiteral("the bytes do not hash to the blob's name"),
                {}};
    }
    static ApiError upgradeRequired()
    {
        return {426,
                QStringLiteral("upgrade_required"),
                QStringLiteral("this path is a WebSocket"),
                {}};
    }
    static ApiError rateLimited()
    {
        return {429, QStringLiteral("rate_limited"), QStringLiteral("too many requests"), {}};
    }
    static ApiError unavailable(const QString &message)
    {
        return {503, QStringLiteral("unavailable"), message, {}};
    }
};

} // namespace inkboard::protocol
