// SPDX-License-Identifier: Apache-2.0
#include "ink/pen_kind.h"

#include "style.h"

#include <QJsonArray>
#include <algorithm>

namespace inkboard::canvas::ink {

bool isHighlighter(const Object &stroke)
{
    return stroke.type == ObjectType::Stroke &&
           stroke.props.value(kPenKey).toString() == kHighlighter;
}

double highlighterWidth(double styleWidth)
{
    return std::clamp(styleWidth * 4 + 8, 12.0, 64.0);
}

QColor highlighterColor(const QColor &styleColor)
{
    if (styleColor.lightnessF() < 0.2)
        return QColor(0xff, 0xd4, 0x3b);
    return styleColor;
}

QList<InkPoint> inkPointsOf(const Object &stroke)
{
    const QJsonArray a = stroke.props.value(key::points).toArray();
    QList<InkPoint> pts;
    pts.reserve(a.size() / 3);
    for (qsizetype i = 0; i + 1 < a.size(); i += 3) {
        const double pressure = i + 2 < a.size() ? a.at(i + 2).toDouble(0.5) : 0.5;
        pts.append({QPointF(a.at(i).toDouble(), a.at(i + 1).toDouble()), pressure});
    }
    return pts;
}

OutlineOptions outlineOptionsOf(const Object &stroke, const QList<InkPoint> &points)
{
    OutlineOptions options;
    options.size = strokeWidthOf(stroke);
    if (isHighlighter(stroke)) {
        options.thinning = 0;
        options.roundCaps = false;
        options.streamline = 0.5;
        return options;
    }
    options.simulatePressure = hasConstantPressure(points);
    return options;
}

} // namespace inkboard::canvas::ink
