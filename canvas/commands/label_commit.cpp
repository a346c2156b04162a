#include "label_commit.h"

#include "label_painter.h"
#include "op_target.h"
#include "shape_outline.h"

#include <cmath>

namespace inkboard::canvas::commands {

namespace {

double labelBoxHeight(const Object &o, double h)
{
    Object sized = o;
    sized.props.insert(QStringLiteral("h"), h);
    return labelBox(sized, computeGeometry(sized)).height();
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
    const QRectF box = labelBox(labelled, computeGeometry(labelled));
    const double need = labelTextRect(labelled, box).height();
    if (need <= box.height())
        return h;
    // Every shape's label box grows with its height at a fixed rate (all of it for a
    // rectangle, half for a diamond): two measurements give the rate. The second pass catches
    // a box that was clamped at the first.
    double grown = h;
    for (int pass = 0; pass < 2; ++pass) {
        const double at = labelBoxHeight(labelled, grown);
        const double rate = (labelBoxHeight(labelled, grown + 100) - at) / 100;
        if (rate <= 1e-6 || at >= need)
            break;
        grown += (need - at) / rate;
    }
    return std::ceil(grown);
}

OpList commitLabel(const Document &document, const QString &id, const QString &text)
{
    const Object *o = document.find(id);
    if (!o || !isClosedShape(*o))
        return {};
    const bool had = o->props.contains(key::label);
    if (text.isEmpty() && !had)
        return {};
    if (had && text == o->string(QLatin1String("label")))
        return {};
    QJsonObject props;
    props.insert(key::label, text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text));
    if (growsWithLabel(*o)) {
        const double h = heightToFit(*o, text);
        if (h > o->number(QLatin1String("h")))
            props.insert(QStringLiteral("h"), h);
    }
    return {Op::update(newId(), id, props)};
}

} // namespace inkboard::canvas::commands
