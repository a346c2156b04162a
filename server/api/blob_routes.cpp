// SPDX-License-Identifier: Apache-2.0
#include "blob_routes.h"

#include "model/ids.h"

#include <QCryptographicHash>

namespace inkboard::server {

using protocol::ApiError;

namespace {

// The media types a blob may have, with the first bytes that prove it.
bool blobContentMatches(const QByteArray &type, const QByteArray &data)
{
    if (type == "image/png")
        return data.startsWith("\x89PNG\r\n\x1a\n");
    if (type == "image/jpeg")
        return data.startsWith("\xff\xd8\xff");
    if (type == "image/gif")
        return data.startsWith("GIF87a") || data.startsWith("GIF89a");
    if (type == "image/webp")
        return data.size() >= 12 && data.startsWith("RIFF") && data.mid(8, 4) == "WEBP";
    return false;
}

bool isBlobType(const QByteArray &type)
{
    return type == "image/png" || type == "image/jpeg" || type == "image/gif" ||
           type == "image/webp";
}

} // namespace

BlobRoutes::BlobRoutes(RouteHelpers &helpers) : m_api(helpers), m_ctx(helpers.context()) {}

void BlobRoutes::addTo(Router &router)
{
    router.add("PUT", "/api/v1/blobs/*", Router::Token, [this](Call &c) { putBlob(c); });
    router.add("GET", "/api/v1/blobs/*", Router::Token, [this](Call &c) { getBlob(c); });
}

bool BlobRoutes::isUpload(const HttpRequest &head)
{
    return head.method == "PUT" && head.path.startsWith(QLatin1String("/api/v1/blobs/"));
}

void BlobRoutes::putBlob(Call &c)
{
    const QString name = c.params[0];
    if (!isValidBlobHash(name))
        return m_api.fail(c, ApiError::invalidId(QStringLiteral(
                                 "a blob name is the lowercase hex SHA-256 of its bytes")));
    const QByteArray type = c.request.mediaType();
    if (!isBlobType(type))
        return m_api.fail(c, ApiError::unsupportedMediaType(QStringLiteral(
                                 "send image/png, image/jpeg, image/webp or image/gif")));
    if (c.request.body.size() > m_ctx.config.limits.maxBlobBytes)
        return m_api.fail(
            c,
            ApiError::tooLarge(
                QStringLiteral("the blob is over %1 bytes").arg(m_ctx.config.limits.maxBlobBytes)));
    const QByteArray digest =
        QCryptographicHash::hash(c.request.body, QCryptographicHash::Sha256).toHex();
    if (digest != name.toLatin1())
        return m_api.fail(c, ApiError::hashMismatch());
    if (!blobContentMatches(type, c.request.body))
        return m_api.fail(
            c, ApiError::unsupportedMediaType(
                   QStringLiteral("the bytes are not a %1 image").arg(QString::fromLatin1(type))));
    const QJsonObject entry{{QStringLiteral("sha256"), name},
                            {QStringLiteral("size"), c.request.body.size()},
                            {QStringLiteral("content_type"), QString::fromLatin1(type)}};
    const auto exists = m_ctx.store->hasBlob(name);
    if (!exists)
        return m_api.fail(c, storageError());
    if (*exists) {
        // The bytes hash to the name, so the sender holds them: they may read the blob.
        const auto readable = m_ctx.store->canReadBlob(name, c.user.id);
        if (!readable)
            return m_api.fail(c, storageError());
        if (*readable)
            return m_api.reply(c, HttpResponse::json(200, entry));
        auto call = std::make_shared<Call>(std::move(c));
        const QString userId = call->user.id;
        return m_ctx.writer->submit(
            [name, userId](Store &store) { return store.addBlobHolder(name, userId); },
            [this, call, entry](bool ok) {
                if (!ok)
                    return m_api.fail(*call, storageError());
                m_api.reply(*call, HttpResponse::json(200, entry));
            });
    }
    auto call = std::make_shared<Call>(std::move(c));
    BlobRecord blob{QString::fromLatin1(type), call->request.body};
    call->request.body.clear();
    enum Outcome
    {
        Stored,
        StoredAlready,
        OverQuota
    };
    auto outcome = std::make_shared<Outcome>(Stored);
    const QString userId = call->user.id;
    const qint64 quota = m_ctx.config.maxBlobBytesPerUser;
    m_ctx.writer->submit(
        [name, blob = std::move(blob), userId, quota, outcome](Store &store) {
            const auto has = store.hasBlob(name);
            if (!has)
                return false;
            if (*has) {
                *outcome = StoredAlready; // uploaded concurrently: the same bytes
                return store.addBlobHolder(name, userId);
            }
            // Counted in the writer's transaction, so concurrent uploads cannot pass it.
            if (quota > 0) {
                const auto stored = store.blobBytesOf(userId);
                if (!stored)
                    return false;
                if (*stored + blob.data.size() > quota) {
                    *outcome = OverQuota;
                    return true;
                }
            }
            return store.addBlob(name, blob, userId);
        },
        [this, call, entry, outcome, quota](bool ok) {
            if (!ok)
                return m_api.fail(*call, storageError());
            if (*outcome == OverQuota)
                return m_api.fail(
                    *call, ApiError::forbidden(
                               QStringLiteral("blob quota reached: a user's uploads store at most "
                                              "%1 bytes of blobs")
                                   .arg(quota)));
            m_api.reply(*call, HttpResponse::json(*outcome == Stored ? 201 : 200, entry));
        });
}

void BlobRoutes::getBlob(Call &call)
{
    const QString name = call.params[0];
    if (!isValidBlobHash(name))
        return m_api.fail(call, ApiError::invalidId(QStringLiteral(
                                    "a blob name is the lowercase hex SHA-256 of its bytes")));
    // Read on the page reader's thread and connection: a blob is up to --max-blob-bytes,
    // and many of them asked at once must not stall the event loop.
    enum Outcome
    {
        Found,
        Missing,
        Failed
    };
    struct Read
    {
        Outcome outcome = Failed;
        BlobRecord blob;
    };
    auto read = std::make_shared<Read>();
    auto pending = std::make_shared<Call>(std::move(call));
    m_ctx.pageReader->submit(
        [name, userId = pending->user.id, read](Store &store) {
            // Who may not read it learns nothing: the answer of a blob that does not exist.
            const auto readable = store.canReadBlob(name, userId);
            if (!readable)
                return true;
            read->outcome = Missing;
            if (!*readable)
                return true;
            const auto blob = store.blob(name);
            if (!blob) {
                read->outcome = Failed;
                return true;
            }
            if (*blob) {
                read->blob = std::move(**blob);
                read->outcome = Found;
            }
            return true;
        },
        [this, pending, read, name](bool) {
            if (read->outcome == Failed)
                return m_api.fail(*pending, storageError());
            if (read->outcome == Missing)
                return m_api.fail(*pending, ApiError::notFound(QStringLiteral("no such blob")));
            HttpResponse r;
            r.contentType = read->blob.contentType.toLatin1();
            r.body = std::move(read->blob.data);
            r.withHeader("Cache-Control", "private, max-age=31536000, immutable");
            r.withHeader("ETag", '"' + name.toLatin1() + '"');
            m_api.reply(*pending, r);
        });
}

} // namespace inkboard::server
