#pragma once

#include "model/limits.h"
#include "model/object.h"
#include "model/op_codec.h"
#include "wire_types.h"

#include <QPointF>
#include <QStringList>
#include <optional>

namespace inkboard::protocol {

// Live, never stored: where a peer's cursor is, what it selected, what it is editing, and
// the uncommitted object it is drawing or dragging (PROTOCOL.md §5).
struct Presence
{
    static constexpr int kMaxSelection = 10000;

    QString sessionId; // stamped by the server
    UserRef user;      // stamped by the server
    std::optional<QPointF> cursor;
    QStringList selection;
    QString editing; // empty: none
    // The uncommitted objects the peer is drawing or dragging. On the wire the first one is
    // "preview" (PROTOCOL.md §5); a drag of several objects sends all of them as "previews"
    // too, which a client that knows only "preview" ignores. A drag of more objects than
    // kMaxPreviews shows the first kMaxPreviews.
    static constexpr int kMaxPreviews = 100;
    QList<Object> previews;

    // What a client sends: {"type": "presence", "cursor", "selection", "editing", "preview"}
    // (and "previews" when there are several).
    QJsonObject toClientJson() const;
    // What the server relays: the client form plus "session_id" and "user".
    QJsonObject toServerJson() const;
    // Validates the client-controlled fields; session_id and user are read when present.
    static Parsed<Presence> fromJson(const QJsonObject &json, const Limits &limits);

    friend bool operator==(const Presence &, const Presence &) = default;
};

} // namespace inkboard::protocol
