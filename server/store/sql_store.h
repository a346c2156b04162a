// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "database_target.h"
#include "store.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <memory>

namespace inkboard::server {

// The store on QtSql, one implementation for both engines: the embedded SQLite file (WAL,
// synchronous=FULL, so a committed transaction is on stable storage) and PostgreSQL
// (QPSQL; several nodes share it). The SQL is the same for both but for the transaction
// start and the type of byte columns. Used from one thread only (QtSql's rule).
//
// A PostgreSQL connection that breaks (the server restarted, the network went away) is
// reopened by the next call outside a transaction, so a node recovers by itself.
class SqlStore final : public Store
{
public:
    explicit SqlStore(DatabaseTarget target);
    ~SqlStore() override;

    bool open() override;
    QString lastError() const override { return m_error; }
    bool ping() override;

    bool begin() override;
    bool beginRead() override;
    bool commit() override;
    void rollback() override;
    bool savepoint() override;
    void releaseSavepoint() override;
    void rollbackToSavepoint() override;

    bool addUser(const UserRecord &user) override;
    std::optional<UserRecord> userByName(const QString &name) override;
    std::optional<UserRecord> userById(const QString &id) override;
    std::optional<QList<UserRecord>> users() override;
    bool setPassword(const QString &userId, const QString &hash) override;
    bool removeUser(const QString &userId) override;
    bool addToken(const QByteArray &tokenHash, const QString &userId,
                  const QDateTime &expiresAt) override;
    std::optional<TokenRecord> token(const QByteArray &tokenHash) override;
    bool removeToken(const QByteArray &tokenHash) override;
    bool removeTokensOf(const QString &userId) override;
    std::optional<qint64> accessGeneration() override;

    bool addDrawing(const DrawingRecord &drawing, const QString &ownerId) override;
    std::optional<DrawingRecord> drawing(const QString &id) override;
    std::optional<QList<std::pair<DrawingRecord, protocol::Role>>>
    drawingsOf(const QString &userId) override;
    bool setTitle(const QString &id, const QString &title, const QDateTime &now) override;
    bool removeDrawing(const QString &id) override;
    std::optional<std::optional<protocol::Role>> role(const QString &drawingId,
                                                      const QString &userId) override;
    std::optional<QList<MemberRecord>> members(const QString &drawingId) override;
    bool setMember(const QString &drawingId, const QString &userId, protocol::Role role) override;
    bool removeMember(const QString &drawingId, const QString &userId) override;

    bool binDrawing(const QString &id, const QString &byUserId, const QDateTime &now) override;
    std::optional<QList<BinnedDrawingRecord>> binOf(const QString &userId) override;
    std::optional<std::optional<BinnedDrawingRecord>> binned(const QString &id) override;
    std::optional<std::optional<protocol::Role>> binnedRole(const QString &id,
                                                            const QString &userId) override;
    bool restoreDrawing(const QString &id, const QDateTime &now) override;
    bool purgeDrawing(const QString &id) override;
    std::optional<QStringList> binnedBefore(const QDateTime &cutoff, int limit) override;

    bool addLink(const LinkRecord &link, const QByteArray &keyHash) override;
    std::optional<QList<LinkRecord>> links(const QString &drawingId) override;
    std::optional<std::optional<LinkRecord>> link(const QString &linkId) override;
    std::optional<std::optional<LinkRecord>> linkByKey(const QByteArray &keyHash) override;
    std::optional<QStringList> linkMembers(const QString &linkId) override;
    bool removeLink(const QString &linkId) override;
    bool setMemberByLink(const QString &drawingId, const QString &userId, protocol::Role role,
                         const QString &linkId) override;

    AppendResult appendCommits(const QString &drawingId, const QList<CommitRecord> &commits,
                               const QDateTime &now) override;
    std::optional<QList<CommitRecord>> commits(const QString &drawingId, qint64 after, qint64 upTo,
                                               int limit) override;
    std::optional<qint64> pageEnd(const QString &drawingId, qint64 after, qint64 upTo, int limit,
                                  qint64 maxBytes) override;
    std::optional<QHash<QString, OpRecord>> ops(const QString &drawingId,
                                                const QStringList &opIds) override;
    std::optional<QStringList> opIds(const QString &drawingId) override;
    std::optional<qint64> firstStoredRevision(const QString &drawingId) override;
    bool addSnapshot(const QString &drawingId, const SnapshotRecord &snapshot) override;
    std::optional<std::optional<SnapshotRecord>> snapshotAtOrBefore(const QString &drawingId,
                                                                    qint64 revision) override;
    bool compact(const QString &drawingId, qint64 revision) override;

    std::optional<bool> hasBlob(const QString &hash) override;
    bool addBlob(const QString &hash, const BlobRecord &blob, const QString &userId) override;
    std::optional<qint64> blobBytesOf(const QString &userId) override;
    bool addBlobHolder(const QString &hash, const QString &userId) override;
    std::optional<bool> canReadBlob(const QString &hash, const QString &userId) override;
    std::optional<std::optional<BlobRecord>> blob(const QString &hash) override;

    std::optional<qint64> nextCommentSeq(const QString &drawingId) override;
    std::optional<std::optional<CommentRecord>> comment(const QString &drawingId,
                                                        const QString &commentId) override;
    std::optional<QList<protocol::Comment>> comments(const QString &drawingId, qint64 after,
                                                     int limit) override;
    std::optional<qint64> commentCount(const QString &drawingId) override;
    bool addComment(const QString &drawingId, const CommentRecord &record) override;
    bool updateComment(const QString &drawingId, const protocol::Comment &comment) override;

private:
    bool connectDatabase();
    bool reconnectIfBroken();
    void noteFailure(const QSqlError &error);
    QSqlQuery &prepared(const char *sql);
    // A user by the one key `sql` selects on (nullopt with lastError() empty: none).
    std::optional<UserRecord> oneUser(const char *sql, const QString &key);
    bool exec(QSqlQuery &q);
    bool execSql(const QString &sql);
    bool runPrepared(const char *sql);
    // Runs each statement with `id` as its one parameter.
    bool execForId(std::initializer_list<const char *> statements, const QString &id);
    bool migrate();
    bool bumpAccessGeneration();
    // One link by the one key `sql` selects on (nullopt inside: none).
    std::optional<std::optional<LinkRecord>> oneLink(const char *sql, const QString &key);
    // The blobs the commits' ops use, for the drawing's readers (canReadBlob).
    bool addBlobRefs(const QString &drawingId, const QList<CommitRecord> &commits);
    bool postgres() const { return m_target.kind == DatabaseTarget::Kind::Postgres; }

    DatabaseTarget m_target;
    QString m_connection;
    QString m_error;
    QHash<const char *, std::shared_ptr<QSqlQuery>> m_queries;
    bool m_inTransaction = false;
    bool m_broken = false; // the connection is gone: reopen before the next statement
};

} // namespace inkboard::server
