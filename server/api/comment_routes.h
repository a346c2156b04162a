// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "api/route_helpers.h"
#include "api/router.h"
#include "rate_limiter.h"

#include <QHash>

namespace inkboard::server {

// /drawings/{id}/comments and …/threads/{tid}/resolve|reopen (PROTOCOL.md §8): comments are
// their own resource, never ops. Every member may comment (viewers too: commenting is a flag
// every role has); who may change what is protocol/comment.h's rule. Each change is
// written by the StoreWriter, then pushed as a "comment" frame to the drawing's sockets on
// every node.
class CommentRoutes
{
public:
    explicit CommentRoutes(RouteHelpers &helpers);
    void addTo(Router &router);

private:
    void listComments(Call &);
    void postComment(Call &);
    void patchComment(Call &);
    void deleteComment(Call &);
    void setResolved(Call &, bool resolved);

    // A write by `userId` within --comments-per-minute, else 429 answered.
    bool takeWrite(Call &call);
    // The changed comment to the drawing's sockets here and on the other nodes.
    void publish(const QString &drawingId, const protocol::Comment &comment);

    RouteHelpers &m_api;
    ServerContext &m_ctx;
    QHash<QString, TokenBucket> m_writes; // user id -> comment writes
};

} // namespace inkboard::server
