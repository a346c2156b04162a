// SPDX-License-Identifier: Apache-2.0
#include "prop_rules.h"

#include "ids.h"

#include <QJsonArray>
#include <array>
#include <cmath>
#include <limits>

namespace inkboard {

namespace {

using Code = ValidationError::Code;

ValidationError invalid(const QString &key, const QString &why)
{
    return ValidationError{Code::InvalidOp, QStringLiteral("prop '%1' %2").arg(key, why)};
}

// The checks take a QJsonValue or a QJsonValueConstRef: iterating an object by reference
// avoids building a QJsonValue per prop on the hot path of every commit.
template<typename Value> bool isFiniteInRange(const Value &v, double lo, double hi)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    return std::isfinite(d) && d >= lo && d <= hi;
}

template<typename Value> bool isColor(const Value &v)
{
    if (!v.isString())
        return false;
    const QString s = v.toString();
    if (s.size() != 9 || s.at(0) != u'#')
        return false;
    for (qsizetype i = 1; i < s.size(); ++i) {
        const char16_t u = s.at(i).unicode();
        if (!((u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F')))
            return false;
    }
    return true;
}

template<typename Value> bool isZKey(const Value &v)
{
    if (!v.isString())
        return false;
    const QString s = v.toString();
    if (s.isEmpty() || s.size() > Limits::kMaxZLength)
        return false;
    // Printable ASCII, so that QString order is the bytewise order of PROTOCOL.md §2.
    for (QChar c : s) {
        if (c.unicode() < 0x21 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

// A value of an open set (a shape, a route, an arrowhead): the set grows with new versions,
// and a reader draws a value it does not know as its default, so only the form is checked.
template<typename Value> bool isKeyword(const Value &v)
{
    if (!v.isString())
        return false;
    const QString s = v.toString();
    if (s.isEmpty() || s.size() > 32)
        return false;
    for (QChar c : s) {
        const char16_t u = c.unicode();
        if (!((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'_'))
            return false;
    }
    return true;
}

// A connector end's binding: the bound object's id and the focus point in its frame (0-1 on
// each axis). At most 8 keys, the others scalars, so a later version can add one.
template<typename Value> bool isBinding(const Value &v)
{
    if (!v.isObject())
        return false;
    const QJsonObject o = v.toObject();
    if (o.size() > 8)
        return false;
    const QJsonValue id = o.value(QLatin1StringView("id"));
    if (!id.isString() || !isValidId(id.toString()))
        return false;
    if (!isFiniteInRange(o.value(QLatin1StringView("fx")), 0, 1) ||
        !isFiniteInRange(o.value(QLatin1StringView("fy")), 0, 1))
        return false;
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (it.value().isArray() || it.value().isObject())
            return false;
    }
    return true;
}

// Nested groups, outermost first (`group` holds the first, for version-1 readers): 1 to
// kMaxGroupDepth distinct ids.
template<typename Value> bool isGroupPath(const Value &v)
{
    if (!v.isArray())
        return false;
    const QJsonArray a = v.toArray();
    if (a.isEmpty() || a.size() > Limits::kMaxGroupDepth)
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (!a.at(i).isString() || !isValidId(a.at(i).toString()))
            return false;
        for (qsizetype j = 0; j < i; ++j) {
            if (a.at(j) == a.at(i))
                return false;
        }
    }
    return true;
}

int pointStride(std::optional<ObjectType> type)
{
    if (!type)
        return 0; // unknown on update: the renderer ignores a trailing partial point
    return *type == ObjectType::Stroke ? 3 : 2;
}

template<typename Value>
std::optional<ValidationError> checkPoints(const QString &key, const Value &v,
                                           std::optional<ObjectType> type, const Limits &limits)
{
    if (!v.isArray())
        return invalid(key, QStringLiteral("must be an array of numbers"));
    const QJsonArray a = v.toArray();
    const int stride = pointStride(type);
    const qsizetype maxValues = qsizetype(limits.maxPointsPerStroke) * (stride ? stride : 3);
    if (a.size() > maxValues) {
        return ValidationError{Code::TooLarge, QStringLiteral("prop '%1' has more than %2 points")
                                                   .arg(key)
                                                   .arg(limits.maxPointsPerStroke)};
    }
    if (a.size() < (stride ? stride : 2))
        return invalid(key, QStringLiteral("must hold at least one point"));
    if (stride && a.size() % stride != 0)
        return invalid(key, QStringLiteral("must hold whole points of %1 numbers").arg(stride));
    qsizetype i = 0;
    for (auto it = a.constBegin(); it != a.constEnd(); ++it, ++i) {
        const bool pressure = stride == 3 && i % 3 == 2;
        const double lo = pressure ? 0.0 : -Limits::kMaxCoordinate;
        const double hi = pressure ? 1.0 : Limits::kMaxCoordinate;
        if (!isFiniteInRange(*it, lo, hi)) {
            return invalid(key, pressure ? QStringLiteral("has a pressure outside 0-1")
                                         : QStringLiteral("has a value that is not a finite "
                                                          "coordinate"));
        }
    }
    return std::nullopt;
}

// Whether `v` nests more than `levels` arrays and objects. The walk stops one level past
// the limit, so its recursion is bounded by the limit, not by the input.
bool nestsDeeperThan(const QJsonValue &v, int levels)
{
    if (v.isArray()) {
        if (levels == 0)
            return true;
        const QJsonArray a = v.toArray();
        for (auto it = a.constBegin(); it != a.constEnd(); ++it) {
            if (nestsDeeperThan(*it, levels - 1))
                return true;
        }
    } else if (v.isObject()) {
        if (levels == 0)
            return true;
        const QJsonObject o = v.toObject();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            if (nestsDeeperThan(it.value(), levels - 1))
                return true;
        }
    }
    return false;
}

template<typename Value>
std::optional<ValidationError> checkUnknownProp(const QString &key, const Value &v,
                                                const Limits &limits)
{
    // Stored data was bounded by the parser when it was read: no walk needed.
    if (limits.maxPropDepth == std::numeric_limits<int>::max() || (!v.isArray() && !v.isObject()))
        return std::nullopt;
    if (nestsDeeperThan(QJsonValue(v), limits.maxPropDepth)) {
        return ValidationError{Code::TooLarge, QStringLiteral("prop '%1' nests more than %2 levels")
                                                   .arg(key)
                                                   .arg(limits.maxPropDepth)};
    }
    return std::nullopt;
}

enum class Rule
{
    Coordinate,
    Size,
    Opacity,
    Color,
    Flag,
    Z,
    Group,
    GroupPath,
    Points,
    Text,
    FontFamily,
    Align,
    VAlign,
    Fraction,
    Keyword,
    Binding,
    Blob
};

// The rule of a known key, or nothing for an unknown one. A switch on the length, then a
// few comparisons: cheaper than hashing the key, and this runs for every prop of every op.
std::optional<Rule> ruleFor(QStringView key)
{
    auto is = [key](const char *name) { return key == QLatin1StringView(name); };
    switch (key.size()) {
    case 1:
        switch (key.front().unicode()) {
        case u'x':
        case u'y':
            return Rule::Coordinate;
        case u'w':
        case u'h':
            return Rule::Size;
        case u'z':
            return Rule::Z;
        default:
            return std::nullopt;
        }
    case 3:
        if (is("pen"))
            return Rule::Keyword;
        return std::nullopt;
    case 4:
        if (is("text"))
            return Rule::Text;
        if (is("blob"))
            return Rule::Blob;
        if (is("dash"))
            return Rule::Keyword;
        if (is("grow"))
            return Rule::Flag;
        return std::nullopt;
    case 5:
        if (is("group"))
            return Rule::Group;
        if (is("align"))
            return Rule::Align;
        if (is("label"))
            return Rule::Text;
        if (is("shape") || is("route"))
            return Rule::Keyword;
        return std::nullopt;
    case 6:
        if (is("radius"))
            return Rule::Size;
        if (is("locked"))
            return Rule::Flag;
        if (is("points"))
            return Rule::Points;
        if (is("groups"))
            return Rule::GroupPath;
        return std::nullopt;
    case 7:
        if (is("opacity"))
            return Rule::Opacity;
        return std::nullopt;
    case 8:
        if (is("rotation"))
            return Rule::Coordinate;
        if (is("head_end"))
            return Rule::Keyword;
        if (is("end_bind"))
            return Rule::Binding;
        return std::nullopt;
    case 9:
        if (is("font_size"))
            return Rule::Size;
        if (is("arrow_end"))
            return Rule::Flag;
        if (is("label_pos"))
            return Rule::Fraction;
        return std::nullopt;
    case 10:
        if (is("fill_color"))
            return Rule::Color;
        if (is("head_start") || is("fill_style"))
            return Rule::Keyword;
        if (is("start_bind"))
            return Rule::Binding;
        return std::nullopt;
    case 11:
        if (is("font_family"))
            return Rule::FontFamily;
        if (is("arrow_start"))
            return Rule::Flag;
        if (is("label_align"))
            return Rule::Align;
        return std::nullopt;
    case 12:
        if (is("stroke_width"))
            return Rule::Size;
        if (is("stroke_color"))
            return Rule::Color;
        if (is("label_valign"))
            return Rule::VAlign;
        return std::nullopt;
    default:
        return std::nullopt;
    }
}

template<typename Value>
std::optional<ValidationError> checkKnownProp(const QString &key, const Value &v,
                                              std::optional<ObjectType> type, const Limits &limits)
{
    constexpr double kMax = Limits::kMaxCoordinate;
    const std::optional<Rule> rule = ruleFor(key);
    if (!rule)
        return checkUnknownProp(key, v, limits); // any value, within the depth limit
    switch (*rule) {
    case Rule::Coordinate:
        if (!isFiniteInRange(v, -kMax, kMax))
            return invalid(key, QStringLiteral("must be a finite number"));
        break;
    case Rule::Size:
        if (!isFiniteInRange(v, 0, kMax))
            return invalid(key, QStringLiteral("must be a finite number >= 0"));
        break;
    case Rule::Opacity:
        if (!isFiniteInRange(v, 0, 1))
            return invalid(key, QStringLiteral("must be a number from 0 to 1"));
        break;
    case Rule::Color:
        if (!isColor(v))
            return invalid(key, QStringLiteral("must be a color #rrggbbaa"));
        break;
    case Rule::Flag:
        if (!v.isBool())
            return invalid(key, QStringLiteral("must be true or false"));
        break;
    case Rule::Z:
        if (!isZKey(v))
            return invalid(key, QStringLiteral("must be 1-256 printable ASCII characters"));
        break;
    case Rule::Group:
        if (!v.isString() || !isValidId(v.toString()))
            return invalid(key, QStringLiteral("must be an id"));
        break;
    case Rule::GroupPath:
        if (!isGroupPath(v))
            return invalid(key,
                           QStringLiteral("must be 1-%1 distinct ids").arg(Limits::kMaxGroupDepth));
        break;
    case Rule::Points:
        return checkPoints(key, v, type, limits);
    case Rule::Text:
        if (!v.isString())
            return invalid(key, QStringLiteral("must be a string"));
        if (v.toString().size() > limits.maxTextChars) {
            return ValidationError{
                Code::TooLarge,
                QStringLiteral("text is over %1 characters").arg(limits.maxTextChars)};
        }
        break;
    case Rule::FontFamily:
        if (!v.isString() || v.toString().size() > Limits::kMaxFontFamilyLength)
            return invalid(key, QStringLiteral("must be a string of at most 256 characters"));
        break;
    case Rule::Align: {
        const QString s = v.toString();
        if (s != u"left" && s != u"center" && s != u"right")
            return invalid(key, QStringLiteral("must be left, center or right"));
        break;
    }
    case Rule::VAlign: {
        const QString s = v.toString();
        if (s != u"top" && s != u"middle" && s != u"bottom")
            return invalid(key, QStringLiteral("must be top, middle or bottom"));
        break;
    }
    case Rule::Fraction:
        if (!isFiniteInRange(v, 0, 1))
            return invalid(key, QStringLiteral("must be a number from 0 to 1"));
        break;
    case Rule::Keyword:
        if (!isKeyword(v))
            return invalid(key, QStringLiteral("must be a word of 1-32 characters a-z, 0-9, _"));
        break;
    case Rule::Binding:
        if (!isBinding(v))
            return invalid(key, QStringLiteral("must be {\"id\": an id, \"fx\", \"fy\": 0-1}"));
        break;
    case Rule::Blob:
        if (!v.isString() || !isValidBlobHash(v.toString()))
            return invalid(key, QStringLiteral("must be the lowercase hex sha256 of a blob"));
        break;
    }
    return std::nullopt;
}

} // namespace

// The required keys of each type (at most three; unused slots are empty).
std::array<QLatin1StringView, 3> requiredProps(ObjectType type)
{
    using L = QLatin1StringView;
    switch (type) {
    case ObjectType::Stroke:
    case ObjectType::Line:
    case ObjectType::Arrow:
        return {L("points"), L(), L()};
    case ObjectType::Rect:
    case ObjectType::Ellipse:
        return {L("w"), L("h"), L()};
    case ObjectType::Text:
        return {L("text"), L(), L()};
    case ObjectType::Image:
        return {L("blob"), L("w"), L("h")};
    }
    return {};
}

bool isRequiredProp(ObjectType type, QStringView key)
{
    for (const QLatin1StringView required : requiredProps(type)) {
        if (!required.isEmpty() && key == required)
            return true;
    }
    return false;
}

std::optional<ValidationError> validateProps(const QJsonObject &props, PropsUse use,
                                             std::optional<ObjectType> type, const Limits &limits)
{
    if (props.size() > Limits::kMaxPropsPerObject) {
        return ValidationError{
            Code::TooLarge, QStringLiteral("more than %1 props").arg(Limits::kMaxPropsPerObject)};
    }
    for (auto it = props.constBegin(); it != props.constEnd(); ++it) {
        const QString key = it.key();
        if (key.isEmpty() || key.size() > Limits::kMaxPropKeyLength)
            return invalid(key.left(16), QStringLiteral("has a key that is empty or too long"));
        const QJsonValueConstRef v = it.value();
        if (v.isNull()) {
            if (use == PropsUse::Create)
                return invalid(key, QStringLiteral("is null in a create"));
            continue; // null removes the key
        }
        if (auto err = checkKnownProp(key, v, type, limits))
            return err;
    }
    if (use == PropsUse::Create && type) {
        for (const QLatin1StringView key : requiredProps(*type)) {
            if (!key.isEmpty() && !props.contains(key)) {
                return ValidationError{
                    Code::InvalidOp,
                    QStringLiteral("a %1 needs the prop '%2'").arg(objectTypeName(*type), key)};
            }
        }
    }
    return std::nullopt;
}

QStringList removeTooDeepProps(QJsonObject &props, int maxDepth)
{
    QStringList removed;
    for (auto it = props.begin(); it != props.end();) {
        if (nestsDeeperThan(it.value(), maxDepth)) {
            removed.append(it.key());
            it = props.erase(it);
        } else {
            ++it;
        }
    }
    return removed;
}

} // namespace inkboard
