// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/limits.h"
#include "model/replica.h"
#include "protocol/commit.h"

#include <QObject>
#include <memory>

namespace inkboard::sync {

class RestClient;
struct RestResult;

// The REST catch-up of PROTOCOL.md §6 for one drawing: `ops?after=confirmed` page by page
// until the server's latest revision, and on 410 (or a page that does not parse) the
// snapshot, then the pages after it.
// It only fetches and checks: the session applies what it hands over (commitsReceived,
// snapshotReceived), and the next page asks from the replica's confirmed revision then.
class CatchUp : public QObject
{
    Q_OBJECT
public:
    // `rest` is the session's, read at each request (a reconnect replaces the client).
    // Pages and snapshots are history, checked with Limits::forStoredData() as the server
    // reads its own: a commit accepted before a limit was lowered is still a commit, and
    // refusing it would strand every client behind it.
    CatchUp(const std::unique_ptr<RestClient> &rest, const QString &drawingId,
            const Replica &replica, QObject *parent = nullptr);

    bool isRunning() const { return m_running; }
    void start();
    // Answers to the requests made so far are ignored from now on.
    void cancel();

signals:
    void commitsReceived(const QList<inkboard::protocol::Commit> &commits);
    void snapshotReceived(qint64 revision, const QList<inkboard::Object> &objects);
    // After a snapshot: ops sent before are now inside confirmed or still to come.
    void resendNeeded();
    // Up to the revision the server reported last.
    void finished();
    // The server refused (a fatal answer or one to retry later).
    void refused(const inkboard::sync::RestResult &result);
    // An answer did not parse, or made no progress although it said there was more.
    void badResponse(const QString &message);

private:
    void fetchOps();
    void fetchSnapshot();
    void stop();

    const std::unique_ptr<RestClient> &m_rest;
    QString m_drawingId;
    const Replica &m_replica;
    const Limits m_limits = Limits::forStoredData();
    bool m_running = false;
    quint64 m_generation = 0;
    // The revision after which a page did not parse and the snapshot was fetched instead.
    qint64 m_snapshotFallbackAfter = -1;
};

} // namespace inkboard::sync
