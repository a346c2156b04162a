#include "restyle.h"

#include "label_painter.h"
#include "op_target.h"
#include "selected.h"
#include "shape_outline.h"

namespace inkboard::canvas::commands {

namespace {

// The style props `style` gives an object: its type's, and a label's font where it has one.
QJsonObject styleProps(const Style &style, const Object &o)
{
    QJsonObject props = style.toProps(o.type);
    if (takesLabel(o) && o.props.contains(key::label)) {
        // A shape's label takes the font as a text does.
        const QJsonObject font = style.labelProps();
        for (auto it = font.constBegin(); it != font.constEnd(); ++it)
            props.insert(it.key(), it.value());
    }
    return props;
}

// The updates that give the selection `want`'s keys, only those that differ from `was`'s
// when there is one.
OpList styleOps(const Document &document, const QSet<QString> &selection, const Style *was,
                const Style &want)
{
    OpList ops;
    for (const Object &o : selectedObjects(document, selection)) {
        const QJsonObject wanted = styleProps(want, o);
        const QJsonObject before = was ? styleProps(*was, o) : QJsonObject();
        QJsonObject changed;
        for (auto it = wanted.constBegin(); it != wanted.constEnd(); ++it) {
            if ((!was || before.value(it.key()) != it.value()) &&
                o.props.value(it.key()) != it.value())
                changed.insert(it.key(), it.value());
        }
        if (!changed.isEmpty())
            ops.append(Op::update(newId(), o.id, changed));
    }
    return ops;
}

} // namespace

OpList restyle(const Document &document, const QSet<QString> &selection, const Style &was,
               const Style &want)
{
    return styleOps(document, selection, &was, want);
}

OpList pasteStyle(const Document &document, const QSet<QString> &selection, const Style &style)
{
    return styleOps(document, selection, nullptr, style);
}

} // namespace inkboard::canvas::commands
