// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/object.h"
#include "model/op.h"
#include "protocol/comment.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <functional>
#include <limits>
#include <map>
#include <memory>
#include <optional>

namespace inkboard::sync {

// One drawing as the local store knows it. A local-only drawing has an empty serverUrl.
struct DrawingRecord
{
    QString id;
    QString title;
    QString serverUrl;                      // empty: local only
    QString role = QStringLiteral("owner"); // the role the server last told us
    qint64 confirmedRevision = 0;
    bool needsCreate = false; // published locally, POST /drawings not yet acknowledged
    QDateTime createdAt;
    QDateTime updatedAt;

    // A new local-only drawing.
    static DrawingRecord local(const QString &id, const QString &title)
    {
        DrawingRecord d;
        d.id = id;
        d.title = title;
        return d;
    }
};

// A signed-in account on one server. The token is a secret: the store file is 0600.
// A drawing in the local bin, deleted from this computer at `binnedAt`.
struct BinnedLocalDrawing
{
    DrawingRecord drawing;
    QDateTime binnedAt;
};

struct AccountRecord
{
    QString serverUrl;
    QString userId;
    QString userName;
    QString token;
    QDateTime expiresAt;
};

// A pending op as it is persisted: its position in the drawing's queue and the op.
struct PendingRecord
{
    qint64 seq = 0;
    Op op;
};

// One commit of a drawing's log as the store keeps it: the local log of a local-only drawing
// (written by its local echo), or the commits of a server drawing fetched for the history
// panel (`GET …/ops` pages), so that reopening the panel asks the server only for what is new.
struct HistoryRecord
{
    qint64 revision = 0;
    QString authorId; // empty: this store's own user (a local-only drawing has no account)
    QString authorName;
    QString clientId;
    QDateTime createdAt;
    OpList ops;
};

// A commit as the history panel first reads it: everything but its ops, which stay in their
// stored JSON until they are asked for (parseStoredOps), so that a long log opens at once.
struct HistoryEntry
{
    HistoryRecord record; // record.ops empty
    QByteArray opsJson;
};

// Where a drawing's kept log starts: the objects at `revision` (0 and none until the log
// outgrows its bound and its oldest commits are folded in).
struct HistoryBase
{
    qint64 revision = 0;
    QList<Object> objects;
};

// A comment change written here first and sent when the server can take it, in order
// (CommentSync). `kind` says which call it is; `target` is the comment or thread it is on
// (the new comment's id for a post); `body` the JSON the call sends.
struct CommentOutboxRecord
{
    enum class Kind
    {
        Post,
        Edit,
        Delete,
        Resolve,
        Reopen
    };
    qint64 seq = 0;
    Kind kind = Kind::Post;
    QString target;
    QJsonObject body;
};

// The client's durable state in one SQLite file (QtSql QSQLITE, WAL): drawings, their
// confirmed objects at confirmed_revision, the pending-ops queue and the accounts.
//
// Crash safety: every write is one transaction; pending ops are appended before the
// session shows them; a confirmed step (objects + revision + acknowledged pending ops)
// is one transaction, so the file always holds a state from which the session can
// rebuild visible = confirmed + pending. WAL with synchronous=FULL syncs the WAL at every
// commit, so a write that returned survives a process crash, an OS crash and a power loss
// alike (a pending edit exists nowhere else until the server has it).
//
// Not a QObject and not thread-safe: use it from the thread that opened it.
class LocalStore
{
public:
    // 3: the bin (binned_at); 4: comments; 5: history checkpoints.
    static constexpr int kSchemaVersion = 5;
    // The commit log keeps this many commits per drawing; past it (by kHistoryFoldSlack, so
    // that folding is rare) the oldest are folded into the base state.
    static constexpr int kHistoryKept = 100000;
    static constexpr int kHistoryFoldSlack = 1000;

    // What a write that returned survives. The app always uses the default; the other is
    // there to measure what the default costs (sync_bench enqueue runs both alternately).
    enum class Durability
    {
        PowerLoss,    // synchronous=FULL: the WAL is synced at every commit
        ProcessCrash, // synchronous=NORMAL: a power loss may take the last commits
    };

    // Opens (creating if needed, mode 0600) the store at `path`. Returns null and sets
    // `error` to a sentence a user can read when the file is corrupt (including a damaged
    // page anywhere in it: SQLite's quick_check runs on every open), belongs to another
    // program or was written by a newer Inkboard.
    static std::unique_ptr<LocalStore> open(const QString &path, QString *error,
                                            Durability durability = Durability::PowerLoss);
    // The default file of a profile: <AppDataLocation>/profiles/<profile>.inkboard-store
    static QString defaultPath(const QString &profile = QStringLiteral("default"));

    ~LocalStore();
    LocalStore(const LocalStore &) = delete;
    LocalStore &operator=(const LocalStore &) = delete;

    QString path() const { return m_path; }
    // Stable per store file: the `client_id` of PROTOCOL.md §4.
    QString clientId() const { return m_clientId; }
    // The last failed operation's reason. After a failed read it is a whole sentence naming
    // the file ("The local store … is damaged: …"), for the user.
    QString lastError() const { return m_lastError; }

    // Reads: a read that fails part way (a damaged page ends SQLite's scan exactly like the
    // last row does) returns nothing rather than the rows before the damage, sets *ok (when
    // given) to false and lastError() to why. None of them ever yields a silent partial list.

    // Drawings.
    bool createDrawing(const DrawingRecord &drawing);
    QList<DrawingRecord> drawings(bool *ok = nullptr) const;
    // Null when there is no such drawing, or when it cannot be read (*ok false).
    std::optional<DrawingRecord> drawing(const QString &id, bool *ok = nullptr) const;
    bool renameDrawing(const QString &id, const QString &title);
    // Removes the drawing with its objects and pending ops, for good (binned or not).
    bool deleteDrawing(const QString &id);

    // The bin (local_store_bin.cpp): a binned drawing keeps its objects, pending ops and
    // history, but drawings() and drawing() no longer see it, so that nothing opens or
    // syncs it until it is restored.
    bool binDrawing(const QString &id);
    bool restoreDrawing(const QString &id);
    // Newest deletion first.
    QList<BinnedLocalDrawing> binnedDrawings(bool *ok = nullptr) const;
    bool isBinned(const QString &id) const;
    // Deletes for good what was binned before `cutoff`; how many, or -1 on failure.
    int purgeBinnedBefore(const QDateTime &cutoff);
    bool setDrawingServer(const QString &id, const QString &serverUrl, const QString &role,
                          bool needsCreate);
    bool setDrawingRole(const QString &id, const QString &role);
    bool setNeedsCreate(const QString &id, bool needsCreate);

    // Confirmed objects and pending ops, as a session loads them. A row that does not parse
    // is damage too: the whole load fails, so that no object or pending op goes missing
    // unnoticed.
    QList<Object> loadObjects(const QString &drawingId, bool *ok = nullptr) const;
    QList<PendingRecord> loadPending(const QString &drawingId, bool *ok = nullptr) const;
    qsizetype pendingCount(const QString &drawingId) const;

    // Appends ops to the drawing's pending queue in one transaction (durable on return).
    bool appendPending(const QString &drawingId, const OpList &ops);
    // Removes pending ops that will never be committed (refused by the server, discarded).
    bool removePending(const QString &drawingId, const QStringList &opIds);

    // One confirmed step, atomically: upsert `changed`, delete `removed`, set the
    // drawing's confirmed_revision and drop the acknowledged pending ops.
    bool commitConfirmed(const QString &drawingId, qint64 revision, const QList<Object> &changed,
                         const QStringList &removed, const QStringList &ackedOpIds);
    // Replaces every confirmed object (a snapshot), atomically with the revision.
    bool replaceConfirmed(const QString &drawingId, qint64 revision, const QList<Object> &objects,
                          const QStringList &ackedOpIds);

    // Turns a local-only drawing into a server-backed one for publishing, atomically: its
    // confirmed objects become create ops queued before the pending ones, confirmed
    // becomes empty at revision 0 and the drawing remembers it must be created first.
    // `makeOpId` names each create op.
    bool convertForPublish(const QString &drawingId, const QString &serverUrl,
                           const std::function<QString()> &makeOpId);

    // The commit log (history panel). Appending a revision the log holds replaces it (a local
    // echo repeated after a crash commits the same ops at the same revision); a commit that
    // does not follow the log's latest revision is refused, so the log never has a gap.
    bool appendHistory(const QString &drawingId, const QList<HistoryRecord> &commits);
    // The commits after `after`, in order; what does not parse is damage (*ok false).
    QList<HistoryRecord> loadHistory(const QString &drawingId, qint64 after,
                                     bool *ok = nullptr) const;
    // The same, ops unparsed, up to `through`.
    QList<HistoryEntry> loadHistoryEntries(const QString &drawingId, qint64 after,
                                           qint64 through = std::numeric_limits<qint64>::max(),
                                           bool *ok = nullptr) const;
    // When each commit after `after` was made (ms since the epoch), in order: all the history
    // panel reads of a long log at once.
    QList<qint64> historyTimes(const QString &drawingId, qint64 after, bool *ok = nullptr) const;
    // A stored commit's ops (HistoryEntry::opsJson); null when they do not parse.
    static std::optional<OpList> parseStoredOps(const QByteArray &json);
    HistoryBase historyBase(const QString &drawingId, bool *ok = nullptr) const;
    // The latest revision the log holds (the base's when it holds no commit).
    qint64 historyLatest(const QString &drawingId) const;
    bool clearHistory(const QString &drawingId);
    // Starts the log afresh at `revision` with `objects`: a drawing made before the store kept
    // logs begins its history where it is.
    bool setHistoryBase(const QString &drawingId, qint64 revision, const QList<Object> &objects);
    // The drawing at some revisions of its log (HistoryTimeline's checkpoints, kept so that a
    // new window need not replay the whole log). Every change of the log that could make one
    // wrong (a revision written again, a fold, a new base) drops it; at most
    // kHistoryCheckpointsKept per drawing, thinned evenly past that.
    static constexpr int kHistoryCheckpointsKept = 24;
    QList<qint64> historyCheckpoints(const QString &drawingId, bool *ok = nullptr) const;
    // Null when there is none at `revision` or it cannot be read.
    std::optional<QList<Object>> historyCheckpoint(const QString &drawingId, qint64 revision) const;
    bool putHistoryCheckpoint(const QString &drawingId, qint64 revision,
                              const QList<Object> &objects);
    // The same with the objects already in their stored form (storedObjectsBytes), which may
    // be made on another thread.
    bool putHistoryCheckpointBytes(const QString &drawingId, qint64 revision,
                                   const QByteArray &objects);
    static QByteArray storedObjectsBytes(const QList<Object> &objects);

    // Accounts.
    bool saveAccount(const AccountRecord &account);
    std::optional<AccountRecord> account(const QString &serverUrl) const;
    QList<AccountRecord> accounts(bool *ok = nullptr) const;
    bool removeAccount(const QString &serverUrl);

    // Blobs known to be on a server, so that they are uploaded once.
    bool isBlobUploaded(const QString &hash, const QString &serverUrl) const;
    bool markBlobUploaded(const QString &hash, const QString &serverUrl);

    // Comments (local_store_comments.cpp): the server's copy of a drawing's comments with the
    // cursor it was read up to, and the outbox of changes not yet taken by the server.
    QList<protocol::Comment> loadComments(const QString &drawingId, bool *ok = nullptr) const;
    qint64 commentCursor(const QString &drawingId) const;
    // Keeps each comment unless the store holds a newer change of it (a higher seq), and
    // moves the cursor forward to `cursor` (never back), in one transaction.
    bool saveComments(const QString &drawingId, const QList<protocol::Comment> &comments,
                      qint64 cursor = 0);
    // Appends a change to the outbox (durable on return); its seq in `seq` when given.
    bool queueComment(const QString &drawingId, CommentOutboxRecord::Kind kind,
                      const QString &target, const QJsonObject &body, qint64 *seq = nullptr);
    QList<CommentOutboxRecord> commentOutbox(const QString &drawingId, bool *ok = nullptr) const;
    // The server took (or refused for good) outbox entry `seq`: it leaves the outbox, and the
    // comment the server answered with (when given) is kept, in one transaction, so that a
    // crash between the two never sends it again nor loses the answer.
    bool finishComment(const QString &drawingId, qint64 seq,
                       const std::optional<protocol::Comment> &answer);

    // Moves the WAL into the database file (SQLite's PASSIVE checkpoint), so that the
    // cost is paid when the app is idle rather than inside an edit's transaction.
    bool checkpoint();

private:
    LocalStore(QString path, QString connectionName);
    bool initialize(QString *error, Durability durability);
    bool migrate(int from, QString *error);
    bool exec(const QString &sql) const;
    // A prepared statement kept for the life of the store: the hot paths (pending enqueue,
    // confirmed writes) then skip SQLite's statement compilation.
    QSqlQuery &statement(const QString &sql);
    bool fail(const QString &what, const QString &why) const;
    // After a SELECT's last next(): false (and lastError() set, *ok false) when the scan
    // ended on an error rather than after the last row.
    bool readSucceeded(const QSqlQuery &q, const QString &what, bool *ok) const;
    // A failed read as a sentence for the user that names the file: "is damaged" for
    // SQLite's corruption codes and rows that do not parse, "could not be read" otherwise
    // (busy, I/O, out of memory).
    bool readFailed(const QString &what, const QString &why, bool damaged, bool *ok) const;
    // PRAGMA quick_check: every page's b-tree structure, without the index cross-checks of
    // integrity_check. Empty when the file is sound, else SQLite's first findings.
    QString quickCheck() const;
    bool foldHistory(const QString &drawingId);
    bool writeConfirmed(const QString &drawingId, qint64 revision, const QList<Object> &changed,
                        const QStringList &removed, const QStringList &ackedOpIds);

    QString m_path;
    QString m_connectionName;
    QString m_clientId;
    mutable QString m_lastError;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_statements;
};

} // namespace inkboard::sync
