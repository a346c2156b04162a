// SPDX-License-Identifier: Apache-2.0
#include "blob_uploader.h"

#include "blob_cache.h"
#include "local_store.h"
#include "rest_client.h"

namespace inkboard::sync {

BlobUploader::BlobUploader(LocalStore *store, const std::unique_ptr<RestClient> &rest,
                           QObject *parent)
    : QObject(parent), m_store(store), m_rest(rest)
{}

bool BlobUploader::uploadFirstMissing(const OpList &batch, const QString &serverUrl)
{
    if (!m_cache)
        return false;
    for (const Op &op : batch) {
        const QString hash = op.props.value(QLatin1String("blob")).toString();
        if (hash.isEmpty() || m_store->isBlobUploaded(hash, serverUrl))
            continue;
        const std::optional<QByteArray> bytes = m_cache->get(hash);
        if (!bytes)
            continue; // not here: the op goes anyway; peers show a missing image
        m_uploading = true;
        m_rest->sendBytes(
            "PUT", QStringLiteral("/blobs/") + hash, *bytes, m_cache->contentType(hash).toUtf8(),
            this, [this, hash, serverUrl](const RestResult &r) {
                m_uploading = false;
                if (r.ok()) {
                    m_store->markBlobUploaded(hash, serverUrl);
                } else if (r.isTransient()) {
                    emit retryLater();
                    return;
                } else {
                    emit failed(r.errorCode(),
                                tr("An image could not be uploaded: %1").arg(r.errorMessage()));
                    // Sent without it: the op is valid, the image is missing.
                    m_store->markBlobUploaded(hash, serverUrl);
                }
                emit uploaded();
            });
        return true;
    }
    return false;
}

} // namespace inkboard::sync
