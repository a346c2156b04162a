// SPDX-License-Identifier: Apache-2.0
#include "style.h"

#include "shape_outline.h"

#include <algorithm>

namespace inkboard::canvas {

QColor colorFromProp(const QString &text, const QColor &fallback)
{
    if (text.size() != 9 || !text.startsWith(u'#'))
        return fallback;
    bool ok = false;
    const uint value = text.mid(1).toUInt(&ok, 16);
    if (!ok)
        return fallback;
    return QColor(int((value >> 24) & 0xff), int((value >> 16) & 0xff), int((value >> 8) & 0xff),
                  int(value & 0xff));
}

QString colorToProp(const QColor &color)
{
    const QColor c = color.toRgb();
    return QStringLiteral("#%1%2%3%4")
        .arg(c.red(), 2, 16, QLatin1Char('0'))
        .arg(c.green(), 2, 16, QLatin1Char('0'))
        .arg(c.blue(), 2, 16, QLatin1Char('0'))
        .arg(c.alpha(), 2, 16, QLatin1Char('0'));
}

QJsonObject Style::toProps(ObjectType type) const
{
    QJsonObject props;
    props.insert(key::opacity, std::clamp(opacity, 0.0, 1.0));
    if (type == ObjectType::Image)
        return props;
    props.insert(key::strokeColor, colorToProp(strokeColor));
    if (type == ObjectType::Text) {
        props.insert(key::fontSize, fontSize);
        props.insert(key::fontFamily, fontFamily);
        props.insert(key::align, textAlign);
        return props;
    }
    props.insert(key::strokeWidth, strokeWidth);
    if (type == ObjectType::Rect || type == ObjectType::Ellipse) {
        props.insert(key::fillColor, colorToProp(fillColor));
        props.insert(key::fillStyle, fillStyle);
    }
    if (type == ObjectType::Rect)
        props.insert(key::radius, std::max(0.0, cornerRadius));
    if (type != ObjectType::Stroke)
        props.insert(key::dash, dash);
    if (type == ObjectType::Line || type == ObjectType::Arrow)
        props.insert(key::route, route);
    if (type == ObjectType::Arrow) {
        // The flags too, so that a version-1 reader draws the heads it can (as arrows).
        props.insert(key::headStart, headStart);
        props.insert(key::headEnd, headEnd);
        props.insert(key::arrowStart, headStart != u"none");
        props.insert(key::arrowEnd, headEnd != u"none");
    }
    return props;
}

QJsonObject Style::labelProps() const
{
    return {{key::fontSize, fontSize},
            {key::fontFamily, fontFamily},
            {QStringLiteral("label_align"), labelAlign},
            {QStringLiteral("label_valign"), labelVAlign}};
}

Style Style::merged(const Object &o) const
{
    Style s = *this;
    if (o.props.contains(key::strokeColor))
        s.strokeColor = strokeColorOf(o);
    if (o.props.contains(key::dash))
        s.dash = o.string(QLatin1String("dash"), s.dash);
    if (o.props.contains(key::fillStyle))
        s.fillStyle = o.string(QLatin1String("fill_style"), s.fillStyle);
    if (o.props.contains(key::fillColor)) {
        s.fillColor = fillColorOf(o);
        if (isNote(o))
            s.noteColor = s.fillColor;
    }
    if (o.props.contains(key::strokeWidth))
        s.strokeWidth = strokeWidthOf(o);
    if (o.type == ObjectType::Text && o.props.contains(key::align))
        s.textAlign = o.string(QLatin1String("align"), s.textAlign);
    if (o.props.contains(QLatin1String("label_align")))
        s.labelAlign = o.string(QLatin1String("label_align"), s.labelAlign);
    if (o.props.contains(QLatin1String("label_valign")))
        s.labelVAlign = o.string(QLatin1String("label_valign"), s.labelVAlign);
    if (o.props.contains(key::radius))
        s.cornerRadius = o.number(QLatin1String("radius"));
    if (o.props.contains(key::opacity))
        s.opacity = opacityOf(o);
    if (o.props.contains(key::fontSize))
        s.fontSize = fontSizeOf(o);
    if (o.props.contains(key::fontFamily))
        s.fontFamily = o.string(QLatin1String("font_family"));
    if (o.type == ObjectType::Line || o.type == ObjectType::Arrow)
        s.route = o.string(QLatin1String("route"), QStringLiteral("straight"));
    if (o.type == ObjectType::Arrow) {
        s.headStart = arrowheadOf(o, false);
        s.headEnd = arrowheadOf(o, true);
    }
    return s;
}

QColor strokeColorOf(const Object &o)
{
    return colorFromProp(o.props.value(key::strokeColor).toString(kDefaultStrokeColor),
                         QColor(0x1e, 0x1e, 0x1e));
}

QColor fillColorOf(const Object &o)
{
    return colorFromProp(o.props.value(key::fillColor).toString(kTransparent));
}

double strokeWidthOf(const Object &o)
{
    return o.props.value(key::strokeWidth).toDouble(kDefaultStrokeWidth);
}

double fontSizeOf(const Object &o)
{
    const double s = o.props.value(key::fontSize).toDouble(kDefaultFontSize);
    return s > 0 ? s : kDefaultFontSize;
}

double opacityOf(const Object &o)
{
    return std::clamp(o.props.value(key::opacity).toDouble(1.0), 0.0, 1.0);
}

bool isLocked(const Object &o)
{
    return o.props.value(key::locked).toBool(false);
}

QString arrowheadOf(const Object &o, bool atEnd)
{
    const QJsonValue head = o.props.value(atEnd ? key::headEnd : key::headStart);
    if (head.isString())
        return isKnownArrowhead(head.toString()) ? head.toString() : QStringLiteral("arrow");
    const bool flag = o.props.value(atEnd ? key::arrowEnd : key::arrowStart)
                          .toBool(atEnd && o.type == ObjectType::Arrow);
    return flag ? QStringLiteral("arrow") : QStringLiteral("none");
}

Qt::PenStyle penStyleOf(const Object &o)
{
    const QString dash = o.string(QLatin1String("dash"));
    return dash == u"dashed" ? Qt::DashLine : dash == u"dotted" ? Qt::DotLine : Qt::SolidLine;
}

bool isHatched(const Object &o)
{
    return o.string(QLatin1String("fill_style")) == u"hatch";
}

bool isKnownArrowhead(const QString &head)
{
    return head == u"none" || head == u"arrow" || head == u"triangle" || head == u"dot" ||
           head == u"bar";
}

} // namespace inkboard::canvas
