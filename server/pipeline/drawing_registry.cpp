// SPDX-License-Identifier: Apache-2.0
#include "drawing_registry.h"

#include "pipeline/commit_publisher.h"
#include "pipeline/drawing.h"

namespace inkboard::server {

DrawingRegistry::DrawingRegistry(ServerContext &context, QObject *parent)
    : QObject(parent), m_ctx(context), m_sweeper(new QTimer(this))
{
    connect(m_sweeper, &QTimer::timeout, this, &DrawingRegistry::sweep);
    m_sweeper->start(qMax(1000, m_ctx.config.drawingIdleMs / 4));
}

DrawingRegistry::~DrawingRegistry()
{
    qDeleteAll(m_drawings);
    qDeleteAll(m_retired);
}

Drawing *DrawingRegistry::get(const QString &id, QString *error)
{
    if (Drawing *d = m_drawings.value(id)) {
        if (d->broken() && !d->busy()) {
            remove(id);
        } else {
            return d;
        }
    }
    auto *d = new Drawing(id, m_ctx);
    if (!d->load(error)) {
        delete d;
        return nullptr;
    }
    m_drawings.insert(id, d);
    return d;
}

Drawing *DrawingRegistry::fresh(const QString &id, QString *error)
{
    Drawing *d = get(id, error);
    if (d && !d->refresh(error))
        return nullptr;
    return d;
}

void DrawingRegistry::remove(const QString &id)
{
    Drawing *d = m_drawings.take(id);
    if (!d)
        return;
    if (d->busy()) {
        // Callbacks still point at it; it goes once they ran (see sweep).
        d->markDeleted();
        m_retired.append(d);
        return;
    }
    delete d;
}

bool DrawingRegistry::idle() const
{
    for (Drawing *d : m_drawings) {
        if (d->busy())
            return false;
    }
    for (Drawing *d : m_retired) {
        if (d->busy())
            return false;
    }
    return true;
}

void DrawingRegistry::sweep()
{
    for (qsizetype i = m_retired.size() - 1; i >= 0; --i) {
        if (!m_retired[i]->busy())
            delete m_retired.takeAt(i);
    }
    QStringList idle;
    for (auto it = m_drawings.begin(); it != m_drawings.end(); ++it) {
        Drawing *d = it.value();
        if (!d->busy() && d->idleMs() > m_ctx.config.drawingIdleMs &&
            m_ctx.publisher->subscribersOf(d->id()) == 0)
            idle.append(it.key());
        else if (d->broken() && !d->busy())
            idle.append(it.key());
    }
    for (const QString &id : idle)
        remove(id);
}

} // namespace inkboard::server
