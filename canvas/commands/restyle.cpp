// SPDX-License-Identifier: Apache-2.0
#include "restyle.h"

#include "label_painter.h"
#include "op_target.h"
#include "selected.h"
#include "shape_outline.h"
#include "style_mix.h"

namespace inkboard::canvas::commands {

namespace {

// The updates that give the selection `want`'s keys, only those that differ from `was`'s
// when there is one.
OpList styleOps(const Document &document, const QSet<QString> &selection, const Style *was,
                const Style &want, const QStringList &forced = {})
{
    OpList ops;
    for (const Object &o : editableObjects(document, selection)) {
        const QJsonObject wanted = styleProps(want, o);
        const QJsonObject before = was ? styleProps(*was, o) : QJsonObject();
        QJsonObject changed;
        for (auto it = wanted.constBegin(); it != wanted.constEnd(); ++it) {
            if ((!was || before.value(it.key()) != it.value() || forced.contains(it.key())) &&
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
               const Style &want, StyleFields force)
{
    return styleOps(document, selection, &was, want, propKeysOf(force));
}

OpList pasteStyle(const Document &document, const QSet<QString> &selection, const Style &style)
{
    return styleOps(document, selection, nullptr, style);
}

} // namespace inkboard::canvas::commands
