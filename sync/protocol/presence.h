// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/limits.h"
#include "model/object.h"
#include "model/op_codec.h"
#include "wire_types.h"

#include <QPointF>
#include <QRectF>
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

    // Inkboard extensions (PROTOCOL.md §8), each on the wire only when set, so that a plain
    // presence stays exactly §5's frame; older peers ignore them.
    // The canvas rectangle the sender's window shows (people panel, following).
    std::optional<QRectF> viewport;
    // No input for a while: shown as away.
    bool away = false;
    // Asks everyone to follow the sender's view (a presenter).
    bool presenting = false;
    // The laser pointer's trail, oldest first: canvas points and how long ago (ms, at most
    // kLaserMs) each was, so that every peer fades it the same way. Never stored.
    struct LaserPoint
    {
        QPointF at;
        int ageMs = 0;
        friend bool operator==(const LaserPoint &, const LaserPoint &) = default;
    };
    static constexpr int kMaxLaserPoints = 48;
    static constexpr int kLaserMs = 1000;
    QList<LaserPoint> laser;

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
