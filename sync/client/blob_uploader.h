// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/op.h"

#include <QObject>
#include <memory>

namespace inkboard::sync {

class BlobCache;
class LocalStore;
class RestClient;

// Puts the images a batch of ops references on the server before the batch is sent, one
// at a time, each once per server (the store remembers which went up). An image not in
// the cache goes without its bytes: the op is valid and peers show a missing image.
class BlobUploader : public QObject
{
    Q_OBJECT
public:
    // `rest` is the session's, read at each upload (a reconnect replaces it).
    BlobUploader(LocalStore *store, const std::unique_ptr<RestClient> &rest,
                 QObject *parent = nullptr);

    void setCache(BlobCache *cache) { m_cache = cache; }
    bool isUploading() const { return m_uploading; }
    // Starts the upload of the first image of `batch` that `serverUrl` lacks. True when one
    // started: uploaded(), or retryLater(), follows.
    bool uploadFirstMissing(const OpList &batch, const QString &serverUrl);

signals:
    // Done (or given up on, after failed()): the batch may go.
    void uploaded();
    // No answer, 429 or 5xx: ask again after a backoff.
    void retryLater();
    void failed(const QString &code, const QString &message);

private:
    LocalStore *m_store;
    const std::unique_ptr<RestClient> &m_rest;
    BlobCache *m_cache = nullptr;
    bool m_uploading = false;
};

} // namespace inkboard::sync
