#pragma once

#include "store.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <memory>

namespace inkboard::server {

// The embedded store: one SQLite file in WAL mode with synchronous=FULL, so a committed
// transaction is on stable storage. Used from one thread only (QtSql's rule).
class SqliteStore final : public Store
{
public:
    explicit SqliteStore(QString path);
    ~SqliteStore() override;

    bool open() override;
    QString lastError() const override { return m_error; }

    bool begin() override;
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

    bool appendCommits(const QString &drawingId, const QList<CommitRecord> &commits,
                       const QDateTime &now) override;
    std::optional<QList<CommitRecord>> commits(const QString &drawingId, qint64 after, qint64 upTo,
                                               int limit) override;
    std::optional<QHash<QString, OpRecord>> ops(const QString &drawingId,
                                                const QStringList &opIds) override;
    std::optional<QStringList> opIds(const QString &drawingId) override;
    std::optional<qint64> firstStoredRevision(const QString &drawingId) override;
    bool addSnapshot(const QString &drawingId, const SnapshotRecord &snapshot) override;
    std::optional<std::optional<SnapshotRecord>> snapshotAtOrBefore(const QString &drawingId,
                                                                    qint64 revision) override;
    bool compact(const QString &drawingId, qint64 revision) override;

    std::optional<bool> hasBlob(const QString &hash) override;
    bool addBlob(const QString &hash, const BlobRecord &blob) override;
    std::optional<std::optional<BlobRecord>> blob(const QString &hash) override;

private:
    QSqlQuery &prepared(const char *sql);
    bool exec(QSqlQuery &q);
    bool execSql(const QString &sql);
    bool runPrepared(const char *sql);
    bool migrate();

    QString m_path;
    QString m_connection;
    QString m_error;
    QHash<const char *, std::shared_ptr<QSqlQuery>> m_queries;
};

} // namespace inkboard::server
