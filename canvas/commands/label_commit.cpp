// SPDX-License-Identifier: Apache-2.0
#include "label_commit.h"

#include "label_painter.h"
#include "op_target.h"
#include "shape_outline.h"

#include <cmath>

namespace inkboard::canvas::commands {

namespace {

// The label box of `o` at height `h`, and the height its text takes there (a note's margins,
// and so the wrap width, change with its height while its fold grows).
struct Fit
{
    double box = 0;
    double text = 0;
};

Fit fitAt(const Object &o, double h)
{
    Object sized = o;
    sized.props.insert(QStringLiteral("h"), h);
    const QRectF box = labelBox(sized, computeGeometry(sized));
    return {box.height(), labelTextRect(sized, box).height()};
}

} // namespace

bool growsWithLabel(const Object &o)
{
    return o.props.value(key::grow).toBool(isNote(o));
}

double heightToFit(const Object &o, const QString &label)
{
    const double h = o.number(QLatin1String("h"));
    if (label.isEmpty())
        return h;
    Object labelled = o;
    labelled.props.insert(key::label, label);
    if (const Fit now = fitAt(labelled, h); now.text <= now.box)
        return h;
    // Every shape's label box grows with its height at a fixed rate (all of it for a
    // rectangle, half for a diamond) once its margins stop changing: a few secant steps land
    // on the height where the box is just tall enough.
    double grown = h;
    for (int pass = 0; pass < 4; ++pass) {
        const Fit at = fitAt(labelled, grown);
        if (at.box >= at.text && at.box - at.text < 0.25)
            break;
        const double rate = (fitAt(labelled, grown + 100).box - at.box) / 100;
        if (rate <= 1e-6)
            break;
        grown += (at.text - at.box) / rate;
    }
    grown = std::ceil(std::max(grown, h));
    for (int step = 0; step < 1000; ++step) { // what rounding (or a rewrap) left short
        const Fit at = fitAt(labelled, grown);
        if (at.box >= at.text)
            break;
        grown += std::max(1.0, std::ceil(at.text - at.box));
    }
    return grown;
}

OpList commitLabel(const Document &document, const QString &id, const QString &text,
                   const QJsonObject &newLabelProps)
{
    const Object *o = document.find(id);
    if (!o || !takesLabel(*o))
        return {};
    const bool had = o->props.contains(key::label);
    if (text.isEmpty() && !had)
        return {};
    if (had && text == o->string(QLatin1String("label")))
        return {};
    QJsonObject props;
    props.insert(key::label, text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text));
    Object labelled = *o; // as it will be, to measure the text in its new font
    if (!had) {
        for (auto it = newLabelProps.constBegin(); it != newLabelProps.constEnd(); ++it) {
            if (!o->props.contains(it.key())) {
                props.insert(it.key(), it.value());
                labelled.props.insert(it.key(), it.value());
            }
        }
    }
    if (isClosedShape(*o) && growsWithLabel(*o)) {
        const double h = heightToFit(labelled, text);
        if (h > o->number(QLatin1String("h")))
            props.insert(QStringLiteral("h"), h);
    }
    return {Op::update(newId(), id, props)};
}

} // namespace inkboard::canvas::commands
