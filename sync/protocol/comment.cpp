// SPDX-License-Identifier: Apache-2.0
#include "comment.h"

#include "model/ids.h"

#include <QJsonArray>
#include <cmath>

namespace inkboard::protocol {

namespace {
using Code = ValidationError::Code;

ValidationError bad(const QString &message)
{
    return ValidationError{Code::BadRequest, message};
}

bool inRange(double v)
{
    return std::isfinite(v) && std::abs(v) <= Limits::kMaxCoordinate;
}

bool isFraction(double v)
{
    return std::isfinite(v) && v >= 0 && v <= 1;
}

std::optional<ValidationError> idError(const QJsonValue &v, const char *what)
{
    if (!v.isString() || !isValidId(v.toString()))
        return ValidationError{
            Code::InvalidId,
            QStringLiteral("'%1' must be 1-64 of [A-Za-z0-9_-]").arg(QLatin1String(what))};
    return std::nullopt;
}

// A thread id: null or absent (a new thread), else an id.
std::optional<ValidationError> readThread(const QJsonValue &v, QString &out)
{
    if (v.isNull() || v.isUndefined())
        return std::nullopt;
    if (auto err = idError(v, "thread"))
        return err;
    out = v.toString();
    return std::nullopt;
}
} // namespace

std::optional<ValidationError> commentTextError(const QString &text)
{
    if (text.size() > kMaxCommentChars)
        return ValidationError{
            Code::TooLarge,
            QStringLiteral("a comment is at most %1 characters").arg(kMaxCommentChars)};
    if (text.trimmed().isEmpty())
        return bad(QStringLiteral("a comment needs some text"));
    return std::nullopt;
}

QJsonObject CommentAnchor::toJson() const
{
    QJsonObject o{{QStringLiteral("x"), x}, {QStringLiteral("y"), y}};
    if (onObject()) {
        o.insert(QStringLiteral("object"), object);
        o.insert(QStringLiteral("fx"), fx);
        o.insert(QStringLiteral("fy"), fy);
    }
    return o;
}

Parsed<CommentAnchor> CommentAnchor::fromJson(const QJsonValue &json)
{
    if (!json.isObject())
        return bad(QStringLiteral("'anchor' must be an object {x, y} or {x, y, object, fx, fy}"));
    const QJsonObject o = json.toObject();
    CommentAnchor a;
    a.x = o.value(QLatin1String("x")).toDouble(qQNaN());
    a.y = o.value(QLatin1String("y")).toDouble(qQNaN());
    if (!inRange(a.x) || !inRange(a.y))
        return bad(QStringLiteral("an anchor's 'x' and 'y' must be finite coordinates"));
    const QJsonValue object = o.value(QLatin1String("object"));
    if (object.isNull() || object.isUndefined())
        return a;
    if (auto err = idError(object, "object"))
        return *err;
    a.object = object.toString();
    a.fx = o.value(QLatin1String("fx")).toDouble(qQNaN());
    a.fy = o.value(QLatin1String("fy")).toDouble(qQNaN());
    if (!isFraction(a.fx) || !isFraction(a.fy))
        return bad(QStringLiteral("an anchor's 'fx' and 'fy' must be 0-1"));
    return a;
}

QJsonObject Comment::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("thread"), thread},
                  {QStringLiteral("author"), author.toJson()},
                  {QStringLiteral("text"), text},
                  {QStringLiteral("created_at"), toIsoUtc(createdAt)},
                  {QStringLiteral("updated_at"), toIsoUtc(updatedAt)},
                  {QStringLiteral("edited"), edited},
                  {QStringLiteral("deleted"), deleted},
                  {QStringLiteral("seq"), seq}};
    if (anchor)
        o.insert(QStringLiteral("anchor"), anchor->toJson());
    if (startsThread()) {
        o.insert(QStringLiteral("resolved"), resolved);
        if (resolved)
            o.insert(QStringLiteral("resolved_by"), resolvedBy.toJson());
    }
    return o;
}

Parsed<Comment> Comment::fromJson(const QJsonValue &json)
{
    if (!json.isObject())
        return bad(QStringLiteral("a comment must be an object"));
    const QJsonObject o = json.toObject();
    Comment c;
    if (auto err = idError(o.value(QLatin1String("id")), "id"))
        return *err;
    if (auto err = idError(o.value(QLatin1String("thread")), "thread"))
        return *err;
    c.id = o.value(QLatin1String("id")).toString();
    c.thread = o.value(QLatin1String("thread")).toString();
    const QJsonValue author = o.value(QLatin1String("author"));
    if (!author.isObject())
        return bad(QStringLiteral("a comment's 'author' must be {id, name}"));
    c.author = UserRef::fromJson(author.toObject());
    if (c.author.id.isEmpty() || c.author.name.isEmpty() || c.author.name.size() > 64)
        return bad(QStringLiteral("a comment's 'author' must be {id, name}"));
    const QJsonValue text = o.value(QLatin1String("text"));
    if (!text.isString() || text.toString().size() > kMaxCommentChars)
        return bad(QStringLiteral("a comment's 'text' must be a string of at most %1 characters")
                       .arg(kMaxCommentChars));
    c.text = text.toString();
    c.createdAt = fromIsoUtc(o.value(QLatin1String("created_at")).toString());
    c.updatedAt = fromIsoUtc(o.value(QLatin1String("updated_at")).toString());
    c.edited = o.value(QLatin1String("edited")).toBool();
    c.deleted = o.value(QLatin1String("deleted")).toBool();
    const auto seq = revisionFromJson(o.value(QLatin1String("seq")));
    if (!seq)
        return bad(QStringLiteral("a comment's 'seq' must be a whole number"));
    c.seq = *seq;
    const QJsonValue anchor = o.value(QLatin1String("anchor"));
    if (c.startsThread()) {
        Parsed<CommentAnchor> a = CommentAnchor::fromJson(anchor);
        if (auto *err = errorOf(a))
            return *err;
        c.anchor = std::get<CommentAnchor>(a);
        c.resolved = o.value(QLatin1String("resolved")).toBool();
        if (c.resolved)
            c.resolvedBy = UserRef::fromJson(o.value(QLatin1String("resolved_by")).toObject());
    } else if (!anchor.isUndefined() && !anchor.isNull()) {
        return bad(QStringLiteral("only a thread's first comment has an 'anchor'"));
    }
    return c;
}

QJsonObject CommentPost::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("thread"),
                   thread.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(thread)},
                  {QStringLiteral("text"), text}};
    if (anchor)
        o.insert(QStringLiteral("anchor"), anchor->toJson());
    return o;
}

Parsed<CommentPost> CommentPost::fromJson(const QJsonObject &o)
{
    CommentPost p;
    if (auto err = idError(o.value(QLatin1String("id")), "id"))
        return *err;
    p.id = o.value(QLatin1String("id")).toString();
    if (auto err = readThread(o.value(QLatin1String("thread")), p.thread))
        return *err;
    if (p.thread == p.id)
        return bad(QStringLiteral("a reply's 'thread' is another comment's id"));
    const QJsonValue text = o.value(QLatin1String("text"));
    if (!text.isString())
        return bad(QStringLiteral("'text' must be a string"));
    p.text = text.toString();
    if (auto err = commentTextError(p.text))
        return *err;
    const QJsonValue anchor = o.value(QLatin1String("anchor"));
    if (p.thread.isEmpty()) {
        Parsed<CommentAnchor> a = CommentAnchor::fromJson(anchor);
        if (auto *err = errorOf(a))
            return *err;
        p.anchor = std::get<CommentAnchor>(a);
    } else if (!anchor.isUndefined() && !anchor.isNull()) {
        return bad(QStringLiteral("a reply has no 'anchor': its thread's is used"));
    }
    return p;
}

QJsonObject CommentPage::toJson() const
{
    QJsonArray list;
    for (const Comment &c : comments)
        list.append(c.toJson());
    return {{QStringLiteral("comments"), list},
            {QStringLiteral("cursor"), cursor},
            {QStringLiteral("has_more"), hasMore}};
}

Parsed<CommentPage> CommentPage::fromJson(const QJsonObject &json)
{
    CommentPage page;
    const QJsonValue list = json.value(QLatin1String("comments"));
    if (!list.isArray())
        return bad(QStringLiteral("'comments' must be an array"));
    if (list.toArray().size() > kMaxCommentPage)
        return ValidationError{
            Code::TooLarge,
            QStringLiteral("a page holds at most %1 comments").arg(kMaxCommentPage)};
    for (const QJsonValue &v : list.toArray()) {
        Parsed<Comment> c = Comment::fromJson(v);
        if (auto *err = errorOf(c))
            return *err;
        page.comments.append(std::get<Comment>(std::move(c)));
    }
    const auto cursor = revisionFromJson(json.value(QLatin1String("cursor")));
    if (!cursor)
        return bad(QStringLiteral("'cursor' must be a whole number"));
    page.cursor = *cursor;
    page.hasMore = json.value(QLatin1String("has_more")).toBool();
    return page;
}

QJsonObject CommentFrame::toJson() const
{
    return {{QStringLiteral("type"), QStringLiteral("comment")},
            {QStringLiteral("drawing_id"), drawingId},
            {QStringLiteral("comment"), comment.toJson()}};
}

Parsed<CommentFrame> CommentFrame::fromJson(const QJsonObject &json)
{
    CommentFrame f;
    if (auto err = idError(json.value(QLatin1String("drawing_id")), "drawing_id"))
        return *err;
    f.drawingId = json.value(QLatin1String("drawing_id")).toString();
    Parsed<Comment> c = Comment::fromJson(json.value(QLatin1String("comment")));
    if (auto *err = errorOf(c))
        return *err;
    f.comment = std::get<Comment>(std::move(c));
    return f;
}

} // namespace inkboard::protocol
