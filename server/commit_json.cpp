// SPDX-License-Identifier: Apache-2.0
#include "commit_json.h"

#include "protocol/commit_writer.h"

namespace inkboard::server {

namespace {

protocol::StoredCommit wireForm(const CommitRecord &c)
{
    return {c.revision, {c.authorId, c.authorName}, c.clientId, c.createdAt, c.opsJson};
}

} // namespace

QByteArray commitJson(const CommitRecord &commit)
{
    return protocol::writeCommit(wireForm(commit));
}

QByteArray commitPushJson(const QString &drawingId, const CommitRecord &commit)
{
    return protocol::writeCommitPush(drawingId, wireForm(commit));
}

} // namespace inkboard::server
