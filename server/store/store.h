// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "protocol/comment.h"
#include "protocol/commit.h"
#include "protocol/wire_types.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace inkboard::server {

struct UserRecord
{
    QString id;
    QString name;
    QString passwordHash;
    bool admin = false;
    QDateTime createdAt;
};

struct TokenRecord
{
    QString userId;
    QDateTime expiresAt;
};

struct DrawingRecord
{
    QString id;
    QString title;
    QDateTime createdAt;
    QDateTime updatedAt;
    qint64 latestRevision = 0;
    qint64 snapshotRevision = 0;
};

// A drawing in the bin: deleted by `deletedBy` at `deletedAt`, restorable until purged.
struct BinnedDrawingRecord
{
    DrawingRecord drawing;
    QDateTime deletedAt;
    QString deletedBy;
};

// A share link as stored: never its key, which the store holds as a hash only.
struct LinkRecord
{
    QString id;
    QString drawingId;
    protocol::Role role = protocol::Role::Viewer;
    protocol::UserRef createdBy; // the name is empty when that account is gone
    QDateTime createdAt;
    QDateTime expiresAt; // invalid: never
    int members = 0;     // memberships tied to the link (members.link_id)
};

struct MemberRecord
{
    protocol::UserRef user;
    protocol::Role role = protocol::Role::Viewer;
};

// What the store remembers of a committed op: enough to tell a duplicate from a conflict.
struct OpRecord
{
    qint64 revision = 0;
    QByteArray payloadHash;
};

// A commit as the writer stores it: the ops are kept as the JSON array that was sent.
struct CommitRecord
{
    qint64 revision = 0;
    QString authorId;
    QString authorName;
    QString clientId;
    QDateTime createdAt;
    QByteArray opsJson;                             // compact JSON array
    QList<std::pair<QString, QByteArray>> opHashes; // op_id -> payload hash
};

struct SnapshotRecord
{
    qint64 revision = 0;
    QByteArray objectsJson; // compact JSON array of objects
};

struct BlobRecord
{
    QString contentType;
    QByteArray data;
};

// A comment as stored: the wire comment, and the hash of the POST that made it, so that a
// repeat of that POST is told from another body under the same id.
struct CommentRecord
{
    protocol::Comment comment;
    QByteArray postHash;
};

// What appendCommits did. Stale: the drawing's head is not where the writer thought
// (another node committed meanwhile); nothing was written, and the caller catches up.
enum class AppendResult
{
    Ok,
    Stale,
    Failed
};

// The durable state of the server. One instance per thread (a database connection is
// not shared); every method is synchronous. SQLite (one node) or PostgreSQL (one or many
// nodes sharing it): the SQL stays portable and this interface narrow. Methods return
// false / nullopt on a storage error and put the reason in lastError().
class Store
{
public:
    virtual ~Store() = default;

    virtual bool open() = 0; // connects and migrates the schema
    virtual QString lastError() const = 0;
    virtual bool ping() = 0; // can it serve now? (reconnects when it can)

    // Transactions, and savepoints inside them so that one failing job does not undo the
    // others of its group commit.
    virtual bool begin() = 0;
    // A transaction that only reads: one view of the store for all its statements, without
    // the write lock begin() takes on SQLite, so writers go on meanwhile. Ended by commit()
    // or rollback().
    virtual bool beginRead() = 0;
    virtual bool commit() = 0;
    virtual void rollback() = 0;
    virtual bool savepoint() = 0;
    virtual void releaseSavepoint() = 0;
    virtual void rollbackToSavepoint() = 0;

    // Users and tokens.
    virtual bool addUser(const UserRecord &user) = 0;
    virtual std::optional<UserRecord> userByName(const QString &name) = 0;
    virtual std::optional<UserRecord> userById(const QString &id) = 0;
    virtual std::optional<QList<UserRecord>> users() = 0;
    virtual bool setPassword(const QString &userId, const QString &hash) = 0;
    virtual bool removeUser(const QString &userId) = 0; // memberships and tokens too
    virtual bool addToken(const QByteArray &tokenHash, const QString &userId,
                          const QDateTime &expiresAt) = 0;
    virtual std::optional<TokenRecord> token(const QByteArray &tokenHash) = 0;
    virtual bool removeToken(const QByteArray &tokenHash) = 0;
    virtual bool removeTokensOf(const QString &userId) = 0;
    // Moved by every change that can take access away or change a role (removeUser,
    // removeToken, removeTokensOf, setMember, removeMember, removeDrawing), in the same
    // transaction; nodes poll it to re-check their open sockets at once.
    virtual std::optional<qint64> accessGeneration() = 0;

    // Drawings and members.
    virtual bool addDrawing(const DrawingRecord &drawing, const QString &ownerId) = 0;
    virtual std::optional<DrawingRecord> drawing(const QString &id) = 0;
    // The drawings `userId` is a member of, with the role.
    virtual std::optional<QList<std::pair<DrawingRecord, protocol::Role>>>
    drawingsOf(const QString &userId) = 0;
    virtual bool setTitle(const QString &id, const QString &title, const QDateTime &now) = 0;
    virtual bool removeDrawing(const QString &id) = 0; // with its members, commits, snapshots
    virtual std::optional<std::optional<protocol::Role>> role(const QString &drawingId,
                                                              const QString &userId) = 0;
    virtual std::optional<QList<MemberRecord>> members(const QString &drawingId) = 0;
    virtual bool setMember(const QString &drawingId, const QString &userId,
                           protocol::Role role) = 0;
    virtual bool removeMember(const QString &drawingId, const QString &userId) = 0;

    // The bin. binDrawing moves a drawing's row and members there (to every other method it
    // is then gone, as after removeDrawing) and keeps its commits, snapshots and blob uses;
    // restoreDrawing moves them back; purgeDrawing removes all of it. A binned id cannot be
    // created anew (addDrawing fails) until it is purged.
    virtual bool binDrawing(const QString &id, const QString &byUserId, const QDateTime &now) = 0;
    // The binned drawings `userId` owned, newest deletion first.
    virtual std::optional<QList<BinnedDrawingRecord>> binOf(const QString &userId) = 0;
    virtual std::optional<std::optional<BinnedDrawingRecord>> binned(const QString &id) = 0;
    // The role `userId` had in the binned drawing.
    virtual std::optional<std::optional<protocol::Role>> binnedRole(const QString &id,
                                                                    const QString &userId) = 0;
    virtual bool restoreDrawing(const QString &id, const QDateTime &now) = 0;
    virtual bool purgeDrawing(const QString &id) = 0;
    // Binned drawings deleted before `cutoff` (at most `limit`), for the retention sweep.
    virtual std::optional<QStringList> binnedBefore(const QDateTime &cutoff, int limit) = 0;

    // Share links. A membership granted through a link is tied to it until the drawing's
    // owner sets that member's role (setMember clears the tie) or the link is revoked
    // (removeLink removes the memberships still tied to it).
    virtual bool addLink(const LinkRecord &link, const QByteArray &keyHash) = 0;
    // A drawing's links, oldest first; every drawing's when `drawingId` is empty (admins).
    virtual std::optional<QList<LinkRecord>> links(const QString &drawingId) = 0;
    virtual std::optional<std::optional<LinkRecord>> link(const QString &linkId) = 0;
    virtual std::optional<std::optional<LinkRecord>> linkByKey(const QByteArray &keyHash) = 0;
    // The users whose membership is tied to the link.
    virtual std::optional<QStringList> linkMembers(const QString &linkId) = 0;
    // The link and the memberships tied to it; moves the access generation.
    virtual bool removeLink(const QString &linkId) = 0;
    // Makes `userId` a member with `role`, tied to the link; moves the access generation.
    virtual bool setMemberByLink(const QString &drawingId, const QString &userId,
                                 protocol::Role role, const QString &linkId) = 0;

    // Commits. appendCommits writes nothing (Stale) unless the drawing's latest revision is
    // first.revision - 1, so revisions stay gap-free whatever happened before, on this node
    // or another. Its first statement moves the drawing's head with a conditional UPDATE:
    // the row lock it takes orders concurrent writers of one drawing across nodes until
    // the transaction ends, and the database, not a node's memory, decides.
    virtual AppendResult appendCommits(const QString &drawingId, const QList<CommitRecord> &commits,
                                       const QDateTime &now) = 0;
    virtual std::optional<QList<CommitRecord>> commits(const QString &drawingId, qint64 after,
                                                       qint64 upTo, int limit) = 0;
    // The last revision of a page of commits after `after` (at most `limit` of them, up to
    // `upTo`) whose stored ops fit in `maxBytes`, and always at least one: read from the
    // sizes alone, so that a page is bounded before its rows are read. `after` when none.
    virtual std::optional<qint64> pageEnd(const QString &drawingId, qint64 after, qint64 upTo,
                                          int limit, qint64 maxBytes) = 0;
    virtual std::optional<QHash<QString, OpRecord>> ops(const QString &drawingId,
                                                        const QStringList &opIds) = 0;
    // Every op id of the drawing (to build its dedupe filter).
    virtual std::optional<QStringList> opIds(const QString &drawingId) = 0;
    // The lowest revision whose commit is still stored (0 when none were compacted).
    virtual std::optional<qint64> firstStoredRevision(const QString &drawingId) = 0;
    virtual bool addSnapshot(const QString &drawingId, const SnapshotRecord &snapshot) = 0;
    // The newest snapshot at or before `revision` (nullopt inside: none).
    virtual std::optional<std::optional<SnapshotRecord>>
    snapshotAtOrBefore(const QString &drawingId, qint64 revision) = 0;
    // Drops commits at or below `revision` and snapshots older than the newest one at or
    // below it; op ids stay so that late duplicates are still recognised.
    virtual bool compact(const QString &drawingId, qint64 revision) = 0;

    // Blobs.
    virtual std::optional<bool> hasBlob(const QString &hash) = 0;
    // Stores the blob as `userId`'s: its size counts towards what that user has stored.
    virtual bool addBlob(const QString &hash, const BlobRecord &blob, const QString &userId) = 0;
    // The bytes of the blobs `userId` stored (the per-user quota).
    virtual std::optional<qint64> blobBytesOf(const QString &userId) = 0;
    // `userId` sent the bytes of a blob stored already: they may read it, at no cost.
    virtual bool addBlobHolder(const QString &hash, const QString &userId) = 0;
    // Whether `userId` may read the blob: they stored it or sent its bytes, or they are a
    // member of a drawing with a commit using it (appendCommits records a use only when the
    // commit's author could read the blob then), or it was stored before blobs had readers.
    virtual std::optional<bool> canReadBlob(const QString &hash, const QString &userId) = 0;
    virtual std::optional<std::optional<BlobRecord>> blob(const QString &hash) = 0;

    // Comments (store/sql_store_comments.cpp). Each change of a drawing's comments takes the
    // next value of its comment cursor (nextCommentSeq: a conditional UPDATE of the drawing's
    // row, whose lock orders writers across nodes) and stores it on the changed comment, so
    // that what changed after a cursor is one indexed range.
    virtual std::optional<qint64> nextCommentSeq(const QString &drawingId) = 0;
    virtual std::optional<std::optional<CommentRecord>> comment(const QString &drawingId,
                                                                const QString &commentId) = 0;
    // The comments changed after `after`, in cursor order, at most `limit`.
    virtual std::optional<QList<protocol::Comment>> comments(const QString &drawingId, qint64 after,
                                                             int limit) = 0;
    virtual std::optional<qint64> commentCount(const QString &drawingId) = 0;
    virtual bool addComment(const QString &drawingId, const CommentRecord &record) = 0;
    // Text, edited, deleted, resolved (and by whom), updated_at and seq of a stored comment.
    virtual bool updateComment(const QString &drawingId, const protocol::Comment &comment) = 0;
};

} // namespace inkboard::server
