#include "restyle.h"

#include "op_target.h"
#include "selected.h"

namespace inkboard::canvas::commands {

OpList restyle(const Document &document, const QSet<QString> &selection, const Style &was,
               const Style &want)
{
    OpList ops;
    for (const Object &o : selectedObjects(document, selection)) {
        const QJsonObject wanted = want.toProps(o.type);
        const QJsonObject before = was.toProps(o.type);
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
