#include "prop_rules.h"

#include "ids.h"

#include <QHash>
#include <QJsonArray>
#include <cmath>

namespace inkboard {

namespace {

using Code = ValidationError::Code;

ValidationError invalid(const QString &key, const QString &why)
{
    return ValidationError{Code::InvalidOp, QStringLiteral("prop '%1' %2").arg(key, why)};
}

bool isFiniteInRange(const QJsonValue &v, double lo, double hi)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    return std::isfinite(d) && d >= lo && d <= hi;
}

bool isColor(const QJsonValue &v)
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

bool isZKey(const QJsonValue &v)
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

int pointStride(std::optional<ObjectType> type)
{
    if (!type)
        return 0; // unknown on update: the renderer ignores a trailing partial point
    return *type == ObjectType::Stroke ? 3 : 2;
}

std::optional<ValidationError> checkPoints(const QString &key, const QJsonValue &v,
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
    for (qsizetype i = 0; i < a.size(); ++i) {
        const bool pressure = stride == 3 && i % 3 == 2;
        const double lo = pressure ? 0.0 : -Limits::kMaxCoordinate;
        const double hi = pressure ? 1.0 : Limits::kMaxCoordinate;
        if (!isFiniteInRange(a.at(i), lo, hi)) {
            return invalid(key, pressure ? QStringLiteral("has a pressure outside 0-1")
                                         : QStringLiteral("has a value that is not a finite "
                                                          "coordinate"));
        }
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
    Points,
    Text,
    FontFamily,
    Align,
    Blob
};

const QHash<QString, Rule> &knownProps()
{
    static const QHash<QString, Rule> table{
        {QStringLiteral("x"), Rule::Coordinate},
        {QStringLiteral("y"), Rule::Coordinate},
        {QStringLiteral("rotation"), Rule::Coordinate},
        {QStringLiteral("w"), Rule::Size},
        {QStringLiteral("h"), Rule::Size},
        {QStringLiteral("stroke_width"), Rule::Size},
        {QStringLiteral("font_size"), Rule::Size},
        {QStringLiteral("radius"), Rule::Size},
        {QStringLiteral("opacity"), Rule::Opacity},
        {QStringLiteral("stroke_color"), Rule::Color},
        {QStringLiteral("fill_color"), Rule::Color},
        {QStringLiteral("locked"), Rule::Flag},
        {QStringLiteral("arrow_start"), Rule::Flag},
        {QStringLiteral("arrow_end"), Rule::Flag},
        {QStringLiteral("z"), Rule::Z},
        {QStringLiteral("group"), Rule::Group},
        {QStringLiteral("points"), Rule::Points},
        {QStringLiteral("text"), Rule::Text},
        {QStringLiteral("font_family"), Rule::FontFamily},
        {QStringLiteral("align"), Rule::Align},
        {QStringLiteral("blob"), Rule::Blob},
    };
    return table;
}

std::optional<ValidationError> checkKnownProp(const QString &key, const QJsonValue &v,
                                              std::optional<ObjectType> type, const Limits &limits)
{
    constexpr double kMax = Limits::kMaxCoordinate;
    const auto rule = knownProps().constFind(key);
    if (rule == knownProps().constEnd())
        return std::nullopt; // unknown keys pass through
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
    case Rule::Blob:
        if (!v.isString() || !isValidBlobHash(v.toString()))
            return invalid(key, QStringLiteral("must be the lowercase hex sha256 of a blob"));
        break;
    }
    return std::nullopt;
}

QStringList requiredProps(ObjectType type)
{
    switch (type) {
    case ObjectType::Stroke:
    case ObjectType::Line:
    case ObjectType::Arrow:
        return {QStringLiteral("points")};
    case ObjectType::Rect:
    case ObjectType::Ellipse:
        return {QStringLiteral("w"), QStringLiteral("h")};
    case ObjectType::Text:
        return {QStringLiteral("text")};
    case ObjectType::Image:
        return {QStringLiteral("blob"), QStringLiteral("w"), QStringLiteral("h")};
    }
    return {};
}

} // namespace

std::optional<ValidationError> validateProps(const QJsonObject &props, PropsUse use,
                                             std::optional<ObjectType> type, const Limits &limits)
{
    if (props.size() > Limits::kMaxPropsPerObject) {
        return ValidationError{
            Code::TooLarge, QStringLiteral("more than %1 props").arg(Limits::kMaxPropsPerObject)};
    }
    for (auto it = props.begin(); it != props.end(); ++it) {
        const QString key = it.key();
        if (key.isEmpty() || key.size() > Limits::kMaxPropKeyLength)
            return invalid(key.left(16), QStringLiteral("has a key that is empty or too long"));
        const QJsonValue v = it.value();
        if (v.isNull()) {
            if (use == PropsUse::Create)
                return invalid(key, QStringLiteral("is null in a create"));
            continue; // null removes the key
        }
        if (auto err = checkKnownProp(key, v, type, limits))
            return err;
    }
    if (use == PropsUse::Create && type) {
        for (const QString &key : requiredProps(*type)) {
            if (!props.contains(key)) {
                return ValidationError{
                    Code::InvalidOp,
                    QStringLiteral("a %1 needs the prop '%2'").arg(objectTypeName(*type), key)};
            }
        }
    }
    return std::nullopt;
}

} // namespace inkboard
