// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "backoff.h"
#include "local_store.h"
#include "protocol/comment.h"
#include "sync_options.h"

#include <QHash>
#include <QObject>
#include <QTimer>
#include <memory>

namespace inkboard::sync {

class RestClient;
struct RestResult;

// A drawing's comments, offline first like its edits (PROTOCOL.md §8). Every change is
// written to the local store's outbox before it is shown, and sent when the session is live,
// one call at a time in the order it was made: a POST carries the comment's client-made id,
// so one sent again after a lost answer or a crash is answered with the stored comment, never
// made twice. What is shown is the server's copy with the queued changes applied over it,
// the way visible = confirmed + pending is built for ops. Comments are no ops: undo never
// sees them.
class CommentSync : public QObject
{
    Q_OBJECT
public:
    CommentSync(LocalStore *store, const QString &drawingId, const SyncOptions &options,
                QObject *parent = nullptr);
    ~CommentSync() override;

    // Every comment as this user sees it, in no particular order.
    QList<protocol::Comment> comments() const { return m_visible.values(); }
    std::optional<protocol::Comment> comment(const QString &id) const;
    // A change of it is queued here, not yet taken by the server.
    bool isQueued(const QString &id) const;
    int queuedCount() const { return int(m_outbox.size()); }
    // Who writes the comments made here (the account of the drawing's server; "you" until
    // there is one).
    protocol::UserRef me() const { return m_me; }
    // The drawing's members' names (read when the session goes live), for @mentions.
    QStringList memberNames() const { return m_members; }
    // Reads the members again (membersChanged), when live: before a comment is written, so
    // that someone added since the session went live can be mentioned.
    void refreshMembers();

    // Commands: queued (durable), shown, then sent when live. Empty id / false when the text
    // breaks the rules, the thread is unknown, or the store cannot write.
    QString startThread(const protocol::CommentAnchor &anchor, const QString &text);
    QString reply(const QString &thread, const QString &text);
    bool edit(const QString &id, const QString &text);
    bool remove(const QString &id);
    bool setResolved(const QString &thread, bool resolved);

    // The session is live on `serverUrl` (the store holds its account): read what changed
    // since the cursor, then send the outbox. Offline: stop sending; what is queued waits.
    void goOnline(const QString &serverUrl);
    void goOffline();
    bool isOnline() const { return m_rest != nullptr; }
    // A "comment" push frame of this drawing.
    void receive(const protocol::CommentFrame &frame);

signals:
    void commentsChanged();
    // The server refused a queued change for good (its message); it is dropped.
    void refused(const QString &message);
    // The outbox was sent whole.
    void drained();
    void membersChanged();

private:
    void load();
    void rebuild();
    void fetch(qint64 after);
    void sendNext();
    void onAnswer(const CommentOutboxRecord &record, const RestResult &r);
    void retryLater(int retryAfterMs);
    bool queue(CommentOutboxRecord::Kind kind, const QString &target, const QJsonObject &body);
    static void apply(QHash<QString, protocol::Comment> &comments, const CommentOutboxRecord &r,
                      const protocol::UserRef &me);

    LocalStore *m_store;
    QString m_drawingId;
    SyncOptions m_options;
    protocol::UserRef m_me;
    QHash<QString, protocol::Comment> m_server; // the server's copy, by id
    QList<CommentOutboxRecord> m_outbox;
    QHash<QString, protocol::Comment> m_visible;
    QStringList m_members;
    std::unique_ptr<RestClient> m_rest;
    quint64 m_generation = 0; // bumps on every online/offline; stale answers are ignored
    bool m_inFlight = false;
    Backoff m_backoff;
    QTimer m_retry;
};

} // namespace inkboard::sync
