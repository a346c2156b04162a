// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QString>
#include <optional>

namespace inkboard {

enum class ObjectType
{
    Stroke,
    Rect,
    Ellipse,
    Line,
    Arrow,
    Text,
    Image
};

std::optional<ObjectType> objectTypeFromString(QStringView name);
QString objectTypeName(ObjectType type);

// One object of a drawing (PROTOCOL.md §2). Props stay JSON so that unknown keys pass
// through untouched; the renderer reads the known ones through the helpers below.
struct Object
{
    QString id;
    ObjectType type = ObjectType::Rect;
    QJsonObject props;

    double number(QLatin1String key, double fallback = 0) const
    {
        const QJsonValue v = props.value(key);
        return v.isDouble() ? v.toDouble() : fallback;
    }
    QString string(QLatin1String key, const QString &fallback = {}) const
    {
        const QJsonValue v = props.value(key);
        return v.isString() ? v.toString() : fallback;
    }
    bool flag(QLatin1String key) const { return props.value(key).toBool(false); }
    // The render-order key; objects without one sort first.
    QString z() const { return props.value(QLatin1String("z")).toString(); }

    // An update op's props (PROTOCOL.md §2): each key set, null removes it. The one place
    // that says what an update does to an object, for the document and for previews.
    void applyUpdate(const QJsonObject &update);

    QJsonObject toJson() const;
    friend bool operator==(const Object &, const Object &) = default;
};

// Render order of PROTOCOL.md §2: by z (bytewise; z is ASCII) and then by id. This form
// takes the z keys already read, for sorts that read each object's z once.
inline bool renderKeyLess(const QString &za, const QString &ida, const QString &zb,
                          const QString &idb)
{
    if (za != zb)
        return za < zb;
    return ida < idb;
}

inline bool renderLess(const Object &a, const Object &b)
{
    return renderKeyLess(a.z(), a.id, b.z(), b.id);
}

} // namespace inkboard
