// SPDX-License-Identifier: Apache-2.0
#include "object.h"

#include <array>

namespace inkboard {

namespace {
constexpr std::array<std::pair<ObjectType, QLatin1StringView>, 7> kTypeNames{{
    {ObjectType::Stroke, QLatin1StringView("stroke")},
    {ObjectType::Rect, QLatin1StringView("rect")},
    {ObjectType::Ellipse, QLatin1StringView("ellipse")},
    {ObjectType::Line, QLatin1StringView("line")},
    {ObjectType::Arrow, QLatin1StringView("arrow")},
    {ObjectType::Text, QLatin1StringView("text")},
    {ObjectType::Image, QLatin1StringView("image")},
}};
} // namespace

std::optional<ObjectType> objectTypeFromString(QStringView name)
{
    for (const auto &[type, text] : kTypeNames) {
        if (name == text)
            return type;
    }
    return std::nullopt;
}

QString objectTypeName(ObjectType type)
{
    for (const auto &[t, text] : kTypeNames) {
        if (t == type)
            return QString(text);
    }
    return {};
}

QJsonObject Object::toJson() const
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("type"), objectTypeName(type)},
                       {QStringLiteral("props"), props}};
}

void Object::applyUpdate(const QJsonObject &update)
{
    for (auto p = update.begin(); p != update.end(); ++p) {
        if (p.value().isNull())
            props.remove(p.key());
        else
            props.insert(p.key(), p.value());
    }
}

} // namespace inkboard
