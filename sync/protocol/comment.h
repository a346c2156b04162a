// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/limits.h"
#include "model/op_codec.h"
#include "wire_types.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace inkboard::protocol {

// Comments (PROTOCOL.md §8): their own REST resource beside the ops, never a drawing op, so
// undo never touches them. A thread is the comment that starts it and its replies; the
// thread's id is its first comment's id.

inline constexpr int kMaxCommentChars = 4000;
inline constexpr int kMaxCommentPage = 500;

// Where a thread is pinned. `x`, `y` is always there: the point, or the place the object was
// last seen at, so a thread whose object is deleted stays where it was. `object` names the
// object it follows, `fx`, `fy` the point as fractions of that object's frame.
struct CommentAnchor
{
    double x = 0;
    double y = 0;
    QString object; // empty: pinned to a point
    double fx = 0.5;
    double fy = 0.5;

    bool onObject() const { return !object.isEmpty(); }
    QJsonObject toJson() const;
    static Parsed<CommentAnchor> fromJson(const QJsonValue &json);
    friend bool operator==(const CommentAnchor &, const CommentAnchor &) = default;
};

struct Comment
{
    QString id;
    QString thread; // == id for the comment that starts the thread
    UserRef author;
    std::optional<CommentAnchor> anchor; // the thread's first comment only
    QString text;                        // empty once deleted
    QDateTime createdAt;
    QDateTime updatedAt;
    bool edited = false;
    bool deleted = false;
    // On the thread's first comment: the thread's state, and who resolved it.
    bool resolved = false;
    UserRef resolvedBy;
    // The drawing's comment cursor at this comment's last change: pages and frames carry it,
    // so a client keeps the newest of each comment whatever order they arrive in.
    qint64 seq = 0;

    bool startsThread() const { return id == thread; }
    QJsonObject toJson() const;
    static Parsed<Comment> fromJson(const QJsonValue &json);
    friend bool operator==(const Comment &, const Comment &) = default;
};

// POST /drawings/{id}/comments: a new thread (thread null, anchor set) or a reply.
struct CommentPost
{
    QString id;
    QString thread; // empty: starts a thread
    std::optional<CommentAnchor> anchor;
    QString text;

    QJsonObject toJson() const;
    static Parsed<CommentPost> fromJson(const QJsonObject &json);
};

// Who may do what with comments: a flag of each role, the same on the server and in the app.
// Every role may comment (viewers too, so that a review needs no edit rights).
inline bool canComment(Role)
{
    return true;
}
// Only its author edits a comment; its author or an owner of the drawing deletes it.
inline bool canDeleteComment(Role role, bool isAuthor)
{
    return isAuthor || canManage(role);
}
// Editors and owners resolve and reopen any thread; a viewer the threads they started.
inline bool canResolveThread(Role role, bool startedIt)
{
    return canEdit(role) || startedIt;
}

// A comment's text: 1 to kMaxCommentChars characters, not only white space.
std::optional<ValidationError> commentTextError(const QString &text);

// GET /drawings/{id}/comments?after=CURSOR: what changed after the cursor, in cursor order.
struct CommentPage
{
    QList<Comment> comments;
    qint64 cursor = 0; // ask with this next
    bool hasMore = false;

    QJsonObject toJson() const;
    static Parsed<CommentPage> fromJson(const QJsonObject &json);
};

// The push frame {"type": "comment", "drawing_id", "comment"}: a comment made, edited,
// deleted, or its thread resolved or reopened.
struct CommentFrame
{
    QString drawingId;
    Comment comment;

    QJsonObject toJson() const;
    static Parsed<CommentFrame> fromJson(const QJsonObject &json);
};

} // namespace inkboard::protocol
