#include "restyle.h"

#include "label_painter.h"
#include "op_target.h"
#include "selected.h"
#include "shape_outline.h"

namespace inkboard::canvas::commands {

OpList restyle(const Document &document, const QSet<QString> &selection, const Style &was,
               const Style &want)
{
    OpList ops;
    for (const Object &o : selectedObjects(document, selection)) {
        QJsonObject wanted = want.toProps(o.type);
        QJsonObject before = was.toProps(o.type);
        if (takesLabel(o) && o.props.contains(key::label)) {
            // A shape's label takes the font as a text does.
            for (auto [props, style] : {std::pair{&wanted, &want}, std::pair{&before, &was}}) {
                const QJsonObject font = style->labelProps();
                for (auto it = font.constBegin(); it != font.constEnd(); ++it)
                    props->insert(it.key(), it.value());
            }
        }
        QJsonObject changed;
        for (auto it = wanted.constBegin(); it != wanted.constEnd(); ++it) {
            if (before.value(it.key()) != it.value() && o.props.value(it.key()) != it.value())
                changed.insert(it.key(), it.value());
        }
        if (!changed.isEmpty())
            ops.append(Op::update(newId(), o.id, changed));
    }
    return ops;
}

} // namespace inkboard::canvas::commands
