// SPDX-License-Identifier: Apache-2.0
#include "presence.h"

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

std::optional<ValidationError> readViewport(const QJsonValue &v, Presence &p)
{
    if (v.isNull() || v.isUndefined())
        return std::nullopt;
    const QJsonObject o = v.toObject();
    const double x = o.value(QLatin1String("x")).toDouble(qQNaN());
    const double y = o.value(QLatin1String("y")).toDouble(qQNaN());
    const double w = o.value(QLatin1String("w")).toDouble(qQNaN());
    const double h = o.value(QLatin1String("h")).toDouble(qQNaN());
    if (!v.isObject() || !inRange(x) || !inRange(y) || !inRange(w) || !inRange(h) || w <= 0 ||
        h <= 0)
        return bad(QStringLiteral("'viewport' must hold finite x, y and positive w, h"));
    p.viewport = QRectF(x, y, w, h);
    return std::nullopt;
}

std::optional<ValidationError> readLaser(const QJsonValue &v, Presence &p)
{
    if (v.isNull() || v.isUndefined())
        return std::nullopt;
    if (!v.isArray())
        return bad(QStringLiteral("'laser' must be an array of x, y, age triples"));
    const QJsonArray flat = v.toArray();
    if (flat.size() % 3 != 0)
        return bad(QStringLiteral("'laser' must be an array of x, y, age triples"));
    if (flat.size() / 3 > Presence::kMaxLaserPoints) {
        return ValidationError{
            Code::TooLarge,
            QStringLiteral("more than %1 laser points").arg(Presence::kMaxLaserPoints)};
    }
    for (qsizetype i = 0; i < flat.size(); i += 3) {
        const double x = flat.at(i).toDouble(qQNaN());
        const double y = flat.at(i + 1).toDouble(qQNaN());
        const double age = flat.at(i + 2).toDouble(qQNaN());
        if (!inRange(x) || !inRange(y) || !std::isfinite(age) || age < 0 ||
            age > Presence::kLaserMs)
            return bad(QStringLiteral("'laser' points must be finite, ages 0-%1 ms")
                           .arg(Presence::kLaserMs));
        p.laser.append({QPointF(x, y), int(age)});
    }
    return std::nullopt;
}

std::optional<ValidationError> readFlag(const QJsonObject &json, const char *key, bool &out)
{
    const QJsonValue v = json.value(QLatin1String(key));
    if (v.isBool())
        out = v.toBool();
    else if (!v.isNull() && !v.isUndefined())
        return bad(QStringLiteral("'%1' must be a boolean").arg(QLatin1String(key)));
    return std::nullopt;
}
} // namespace

QJsonObject Presence::toClientJson() const
{
    QJsonObject o{{QStringLiteral("type"), QStringLiteral("presence")}};
    o.insert(QStringLiteral("cursor"),
             cursor ? QJsonValue(QJsonObject{{QStringLiteral("x"), cursor->x()},
                                             {QStringLiteral("y"), cursor->y()}})
                    : QJsonValue());
    o.insert(QStringLiteral("selection"), QJsonArray::fromStringList(selection));
    o.insert(QStringLiteral("editing"), editing.isEmpty() ? QJsonValue() : QJsonValue(editing));
    o.insert(QStringLiteral("preview"),
             previews.isEmpty() ? QJsonValue() : QJsonValue(previews.first().toJson()));
    if (previews.size() > 1) {
        QJsonArray all;
        for (const Object &object : previews)
            all.append(object.toJson());
        o.insert(QStringLiteral("previews"), all);
    }
    if (viewport) {
        o.insert(QStringLiteral("viewport"),
                 QJsonObject{{QStringLiteral("x"), viewport->x()},
                             {QStringLiteral("y"), viewport->y()},
                             {QStringLiteral("w"), viewport->width()},
                             {QStringLiteral("h"), viewport->height()}});
    }
    if (away)
        o.insert(QStringLiteral("away"), true);
    if (presenting)
        o.insert(QStringLiteral("presenting"), true);
    if (!laser.isEmpty()) {
        QJsonArray flat;
        for (const LaserPoint &l : laser) {
            flat.append(l.at.x());
            flat.append(l.at.y());
            flat.append(l.ageMs);
        }
        o.insert(QStringLiteral("laser"), flat);
    }
    return o;
}

QJsonObject Presence::toServerJson() const
{
    QJsonObject o = toClientJson();
    o.insert(QStringLiteral("session_id"), sessionId);
    o.insert(QStringLiteral("user"), user.toJson());
    return o;
}

Parsed<Presence> Presence::fromJson(const QJsonObject &json, const Limits &limits)
{
    Presence p;
    p.sessionId = json.value(QLatin1String("session_id")).toString();
    p.user = UserRef::fromJson(json.value(QLatin1String("user")).toObject());

    const QJsonValue cursor = json.value(QLatin1String("cursor"));
    if (cursor.isObject()) {
        const double x = cursor[QLatin1String("x")].toDouble(qQNaN());
        const double y = cursor[QLatin1String("y")].toDouble(qQNaN());
        if (!std::isfinite(x) || !std::isfinite(y) || std::abs(x) > Limits::kMaxCoordinate ||
            std::abs(y) > Limits::kMaxCoordinate)
            return bad(QStringLiteral("'cursor' must hold finite x and y"));
        p.cursor = QPointF(x, y);
    } else if (!cursor.isNull() && !cursor.isUndefined()) {
        return bad(QStringLiteral("'cursor' must be an object or null"));
    }

    const QJsonValue selection = json.value(QLatin1String("selection"));
    if (selection.isArray()) {
        const QJsonArray ids = selection.toArray();
        if (ids.size() > kMaxSelection)
            return ValidationError{Code::TooLarge, QStringLiteral("selection is too large")};
        for (const QJsonValue &id : ids) {
            if (!isValidId(id.toString()))
                return bad(QStringLiteral("'selection' must hold object ids"));
            p.selection.append(id.toString());
        }
    } else if (!selection.isNull() && !selection.isUndefined()) {
        return bad(QStringLiteral("'selection' must be an array"));
    }

    const QJsonValue editing = json.value(QLatin1String("editing"));
    if (editing.isString() && isValidId(editing.toString()))
        p.editing = editing.toString();
    else if (!editing.isNull() && !editing.isUndefined())
        return bad(QStringLiteral("'editing' must be an object id or null"));

    // A preview is validated like an object of the drawing.
    auto appendPreview = [&](const QJsonValue &v) -> std::optional<ValidationError> {
        Parsed<Object> o = parseObject(v, limits);
        if (auto *err = errorOf(o))
            return *err;
        p.previews.append(std::get<Object>(std::move(o)));
        return std::nullopt;
    };
    const QJsonValue preview = json.value(QLatin1String("preview"));
    if (preview.isObject()) {
        if (auto err = appendPreview(preview))
            return *err;
    } else if (!preview.isNull() && !preview.isUndefined()) {
        return bad(QStringLiteral("'preview' must be an object or null"));
    }
    // Several previews (an Inkboard extension): when present they are the whole list.
    const QJsonValue previews = json.value(QLatin1String("previews"));
    if (previews.isArray()) {
        const QJsonArray list = previews.toArray();
        if (list.size() > kMaxPreviews) {
            return ValidationError{Code::TooLarge,
                                   QStringLiteral("more than %1 previews").arg(kMaxPreviews)};
        }
        p.previews.clear();
        for (const QJsonValue &v : list) {
            if (auto err = appendPreview(v))
                return *err;
        }
    } else if (!previews.isNull() && !previews.isUndefined()) {
        return bad(QStringLiteral("'previews' must be an array or null"));
    }
    if (auto err = readViewport(json.value(QLatin1String("viewport")), p))
        return *err;
    if (auto err = readLaser(json.value(QLatin1String("laser")), p))
        return *err;
    if (auto err = readFlag(json, "away", p.away))
        return *err;
    if (auto err = readFlag(json, "presenting", p.presenting))
        return *err;
    return p;
}

} // namespace inkboard::protocol
