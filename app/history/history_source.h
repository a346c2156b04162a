// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "client/history_timeline.h"

#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <QTimer>
#include <memory>

namespace inkboard::sync {
class HistoryFetcher;
class LocalStore;
class SyncSession;
} // namespace inkboard::sync

namespace inkboard::app::history {

// The open drawing's commit log for the panel: what the local store keeps (a local drawing's
// own log, or the commits of a server drawing cached before), then for a server drawing what
// the server has beyond it (`GET …/ops` pages through HistoryFetcher, stored as they come).
class HistorySource : public QObject
{
    Q_OBJECT
public:
    explicit HistorySource(sync::LocalStore *store, QObject *parent = nullptr);
    ~HistorySource() override;

    // Loads the log of `session`'s drawing (null: none) and, for a server drawing, fetches
    // what is new.
    void open(sync::SyncSession *session);
    sync::SyncSession *session() const { return m_session; }
    // Reads (or fetches) the commits after the timeline's latest revision.
    void refresh();

    const sync::HistoryTimeline &timeline() const { return m_timeline; }
    // The signed-in user's id on the drawing's server (empty for a local drawing).
    QString selfId() const { return m_selfId; }
    bool isFetching() const;

    // The timeline may have built checkpoints the store should keep: they are written once
    // the panel has been idle for a moment, one at a time, each made into bytes off the GUI
    // thread.
    void storeCheckpointsLater();
    bool hasCheckpointsToStore() const
    {
        return !m_toStore.empty() || m_storeTimer.isActive() || m_encoding;
    }
    // Whether idle time is still building the timeline's checkpoints.
    bool isWarmingUp() const { return m_warmTimer.isActive(); }

signals:
    // The timeline was replaced (another drawing, or loaded anew).
    void reset();
    // Commits were added at its end.
    void appended();
    void failed(const QString &message);

private:
    void loadNew();
    void storeNextCheckpoint();
    void warmUpSlice();

    sync::LocalStore *m_store;
    QPointer<sync::SyncSession> m_session;
    QString m_drawingId;
    QString m_selfId;
    sync::HistoryTimeline m_timeline;
    std::unique_ptr<sync::HistoryFetcher> m_fetcher;
    QTimer m_storeTimer;
    QTimer m_warmTimer;
    std::map<qint64, Document> m_toStore;
    bool m_encoding = false;
    quint64 m_generation = 0; // which open() an encoded checkpoint belongs to
    // Last: destroyed first, so that it waits for an encoding still running.
    QThreadPool m_encoder;
};

} // namespace inkboard::app::history
