// SPDX-License-Identifier: Apache-2.0
#include "blob_fetcher.h"

#include "app_context.h"
#include "blob_store.h"
#include "canvas_view.h"
#include "client/sync_session.h"
#include "drawing_session.h"

namespace inkboard::app {

BlobFetcher::BlobFetcher(AppContext *context, DrawingSession *drawing, canvas::CanvasView *canvas,
                         QObject *parent)
    : QObject(parent), m_context(context), m_drawing(drawing), m_canvas(canvas)
{}

void BlobFetcher::fetchMissing(const QSet<QString> &ids)
{
    const sync::SyncSession *session = m_drawing->session();
    if (!session || session->isLocalOnly())
        return;
    const Document &doc = session->replica().visible();
    QList<Object> images;
    if (ids.isEmpty()) {
        images = doc.inRenderOrder();
    } else {
        for (const QString &id : ids) {
            if (const Object *o = doc.find(id))
                images << *o;
        }
    }
    const QString server = session->serverUrl();
    for (const Object &object : std::as_const(images)) {
        const Object *o = &object;
        if (o->type != ObjectType::Image)
            continue;
        const QString hash = o->props.value(QLatin1String("blob")).toString();
        if (hash.isEmpty() || m_context->blobs()->contains(hash) || m_fetching.contains(hash))
            continue;
        m_fetching.insert(hash);
        const QString objectId = o->id;
        m_context->client()->fetchBlob(
            server, hash, this,
            [this, hash, objectId](const sync::RestResult &r, const QByteArray &bytes) {
                m_fetching.remove(hash);
                if (!r.ok() && bytes.isEmpty())
                    return; // tried again on the object's next change or the next open
                // The client has put it in the one blob folder the canvas draws from.
                if (m_context->blobs()->contains(hash))
                    m_canvas->objectsChanged({objectId});
            });
    }
}

} // namespace inkboard::app
