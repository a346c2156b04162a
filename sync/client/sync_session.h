#pragma once

#include "local_store.h"
#include "model/replica.h"
#include "sync_options.h"

#include <QObject>
#include <QSet>
#include <QTimer>
#include <map>

namespace inkboard::sync {

// One open drawing: the client algorithm of PROTOCOL.md §6 on a shared Replica.
//
// Offline and online are one code path. Every local edit goes into the pending queue
// (persisted first), then visible. Something then acknowledges pending ops by a commit
// that runs through the one commit path (applyCommits): the server, for a server-backed
// drawing, or for a local-only drawing a local echo that commits the pending ops at
// confirmed_revision + 1 on the next turn of the event loop. Tools, undo and export
// only ever see replica().visible() and objectsChanged().
class SyncSession : public QObject
{
    Q_OBJECT
public:
    enum class ConnectionState
    {
        Offline,
        Connecting,
        CatchingUp,
        Live
    };
    Q_ENUM(ConnectionState)

    // Loads confirmed + pending from the store. If the drawing is unknown or cannot be
    // read, isValid() is false and errorString() says why.
    SyncSession(LocalStore *store, const QString &drawingId, QObject *parent = nullptr);
    SyncSession(LocalStore *store, const QString &drawingId, const SyncOptions &options,
                QObject *parent = nullptr);
    ~SyncSession() override;

    bool isValid() const { return m_valid; }
    QString errorString() const { return m_errorString; }
    QString drawingId() const { return m_drawingId; }
    bool isLocalOnly() const { return m_drawing.serverUrl.isEmpty(); }

    const inkboard::Replica &replica() const { return m_replica; }
    // Persists the ops as pending FIRST, then applies them to visible, then (if online)
    // sends them. Refused (errorOccurred) when the ops are invalid, the drawing is
    // read-only or the store cannot write: nothing is shown that is not persisted.
    void submit(const inkboard::OpList &ops);
    ConnectionState connectionState() const { return m_state; }
    int pendingCount() const { return int(m_replica.pendingCount()); }

signals:
    void objectsChanged(const QSet<QString> &ids); // visible objects that may have changed
    void connectionStateChanged(inkboard::sync::SyncSession::ConnectionState state);
    void pendingCountChanged(int count);
    void peersChanged();
    void errorOccurred(const QString &code, const QString &message);

private:
    struct IncomingCommit
    {
        qint64 revision = 0;
        OpList ops;
    };

    void load();
    void setState(ConnectionState state);
    void fail(const QString &code, const QString &message);
    // The one path by which commits (server or local echo) reach confirmed.
    void applyCommits(const QList<IncomingCommit> &commits);
    void echoPending();
    void emitPendingIfChanged();

    LocalStore *m_store;
    QString m_drawingId;
    SyncOptions m_options;
    DrawingRecord m_drawing;
    inkboard::Replica m_replica;
    bool m_valid = false;
    QString m_errorString;
    ConnectionState m_state = ConnectionState::Offline;
    int m_lastPendingCount = 0;
    QTimer m_echoTimer;
    std::map<qint64, IncomingCommit> m_held; // commits past a gap, by revision
};

} // namespace inkboard::sync
