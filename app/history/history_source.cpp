// SPDX-License-Identifier: Apache-2.0
#include "history_source.h"

#include "client/history_fetcher.h"
#include "client/local_store.h"
#include "client/sync_session.h"

namespace inkboard::app::history {

HistorySource::HistorySource(sync::LocalStore *store, QObject *parent)
    : QObject(parent), m_store(store)
{}

HistorySource::~HistorySource() = default;

bool HistorySource::isFetching() const
{
    return m_fetcher && m_fetcher->isRunning();
}

void HistorySource::open(sync::SyncSession *session)
{
    m_fetcher.reset();
    m_session = session;
    m_drawingId = session ? session->drawingId() : QString();
    m_selfId.clear();
    if (!session) {
        m_timeline.reset({}, {});
        emit reset();
        return;
    }
    bool ok = true;
    const sync::HistoryBase base = m_store->historyBase(m_drawingId, &ok);
    QList<sync::HistoryRecord> commits;
    if (ok)
        commits = m_store->loadHistory(m_drawingId, base.revision, &ok);
    m_timeline.reset(ok ? base : sync::HistoryBase{}, commits);
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
    const QList<sync::HistoryRecord> commits =
        m_store->loadHistory(m_drawingId, m_timeline.latestRevision(), &ok);
    if (!ok) {
        emit failed(m_store->lastError());
        return;
    }
    if (m_timeline.append(commits) > 0)
        emit appended();
}

} // namespace inkboard::app::history
