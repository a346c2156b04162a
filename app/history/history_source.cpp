// SPDX-License-Identifier: Apache-2.0
#include "history_source.h"

#include "client/history_fetcher.h"
#include "client/local_store.h"
#include "client/sync_session.h"

#include <QElapsedTimer>

namespace inkboard::app::history {

namespace {
// After a scrub, before the checkpoints it built are written (each is the whole drawing).
constexpr int kStoreIdleMs = 1500;
// After the panel opened, before idle time starts building checkpoints, and how long each
// turn of the event loop spends on them: input and painting stay smooth.
constexpr int kWarmDelayMs = 300;
constexpr qint64 kWarmSliceNs = 8'000'000;
} // namespace

HistorySource::HistorySource(sync::LocalStore *store, QObject *parent)
    : QObject(parent), m_store(store)
{
    m_storeTimer.setSingleShot(true);
    connect(&m_storeTimer, &QTimer::timeout, this, &HistorySource::storeNextCheckpoint);
    m_warmTimer.setSingleShot(true);
    connect(&m_warmTimer, &QTimer::timeout, this, &HistorySource::warmUpSlice);
    m_encoder.setMaxThreadCount(1);
}

HistorySource::~HistorySource() = default;

bool HistorySource::isFetching() const
{
    return m_fetcher && m_fetcher->isRunning();
}

void HistorySource::open(sync::SyncSession *session)
{
    m_fetcher.reset();
    m_storeTimer.stop();
    m_warmTimer.stop();
    m_toStore.clear();
    ++m_generation;
    m_session = session;
    m_drawingId = session ? session->drawingId() : QString();
    m_selfId.clear();
    if (!session) {
        m_timeline.reset({}, QList<sync::HistoryRecord>());
        emit reset();
        return;
    }
    bool ok = true;
    const sync::HistoryBase base = m_store->historyBase(m_drawingId, &ok);
    QList<qint64> times;
    if (ok)
        times = m_store->historyTimes(m_drawingId, base.revision, &ok);
    const QString id = m_drawingId;
    sync::LocalStore *store = m_store;
    // The rest of each commit is read as the list and the scrubber reach it; a chunk that
    // cannot be read then shows as commits that changed nothing (the panel says so).
    m_timeline.reset(ok ? base : sync::HistoryBase{}, ok ? times : QList<qint64>(),
                     [store, id](qint64 after, qint64 through) {
                         return store->loadHistoryEntries(id, after, through);
                     });
    if (ok) {
        bool stored = false;
        const QList<qint64> checkpoints = m_store->historyCheckpoints(m_drawingId, &stored);
        // A checkpoint that cannot be read is rebuilt from the log: it only saves time.
        if (stored)
            m_timeline.setStoredCheckpoints(
                checkpoints, [store, id](qint64 r) { return store->historyCheckpoint(id, r); });
    }
    if (!session->isLocalOnly()) {
        if (const std::optional<sync::AccountRecord> a = m_store->account(session->serverUrl()))
            m_selfId = a->userId;
        m_fetcher =
            std::make_unique<sync::HistoryFetcher>(m_store, session->serverUrl(), m_drawingId);
        connect(m_fetcher.get(), &sync::HistoryFetcher::pageStored, this, &HistorySource::loadNew);
        connect(m_fetcher.get(), &sync::HistoryFetcher::failed, this, &HistorySource::failed);
    }
    emit reset();
    if (!ok)
        emit failed(m_store->lastError());
    m_warmTimer.start(kWarmDelayMs);
    refresh();
}

void HistorySource::refresh()
{
    if (!m_session)
        return;
    if (m_fetcher) {
        if (m_timeline.latestRevision() < m_session->replica().confirmedRevision() ||
            m_timeline.latestRevision() == 0)
            m_fetcher->fetch();
        return;
    }
    loadNew();
}

void HistorySource::loadNew()
{
    bool ok = true;
    const QList<sync::HistoryEntry> commits = m_store->loadHistoryEntries(
        m_drawingId, m_timeline.latestRevision(), std::numeric_limits<qint64>::max(), &ok);
    if (!ok) {
        emit failed(m_store->lastError());
        return;
    }
    if (m_timeline.append(commits) > 0)
        emit appended();
}

void HistorySource::storeCheckpointsLater()
{
    if (m_session)
        m_storeTimer.start(kStoreIdleMs);
}

void HistorySource::warmUpSlice()
{
    if (!m_session)
        return;
    QElapsedTimer slice;
    slice.start();
    bool more = true;
    while (more && slice.nsecsElapsed() < kWarmSliceNs)
        more = m_timeline.warmUp();
    if (more)
        m_warmTimer.start(0);
    storeCheckpointsLater();
}

void HistorySource::storeNextCheckpoint()
{
    if (!m_session || m_encoding)
        return;
    if (m_warmTimer.isActive()) {
        // Checkpoints are still being built: written once that is done.
        m_storeTimer.start(kStoreIdleMs);
        return;
    }
    m_toStore.merge(m_timeline.takeCheckpointsToStore());
    if (m_toStore.empty())
        return;
    const auto first = m_toStore.begin();
    const qint64 revision = first->first;
    const Document document = first->second;
    m_toStore.erase(first);
    m_encoding = true;
    // 20,000 objects take some 150 ms to write as JSON: not on the GUI thread. The copy
    // shares the objects (implicitly shared, atomically counted) and is only read there.
    const quint64 generation = m_generation;
    m_encoder.start([this, document, revision, generation] {
        QByteArray bytes = sync::LocalStore::storedObjectsBytes(document.objects().values());
        QMetaObject::invokeMethod(
            this,
            [this, bytes = std::move(bytes), revision, generation] {
                m_encoding = false;
                if (generation != m_generation || !m_session)
                    return; // another drawing since
                // Failing to keep one costs only time later: said nowhere, tried no more.
                m_store->putHistoryCheckpointBytes(m_drawingId, revision, bytes);
                m_timeline.markStored(revision);
                if (!m_toStore.empty())
                    m_storeTimer.start(0);
            },
            Qt::QueuedConnection);
    });
}

} // namespace inkboard::app::history
