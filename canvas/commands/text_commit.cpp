// SPDX-License-Identifier: Apache-2.0
#include "text_commit.h"

#include "op_target.h"

#include <cmath>

namespace inkboard::canvas::commands {

TextCommit commitText(const Document &document, const QString &editingId, const QString &text,
                      QPointF pos, const Style &style, const QString &zAbove)
{
    TextCommit result;
    if (editingId.isEmpty()) {
        if (text.trimmed().isEmpty())
            return result;
        result.kind = TextCommit::Kind::Add;
        result.createdId = newId();
        QJsonObject props = style.toProps(ObjectType::Text);
        props.insert(key::text, text);
        props.insert(key::x, std::round(pos.x() * 100) / 100);
        props.insert(key::y, std::round(pos.y() * 100) / 100);
        props.insert(key::z, zAbove);
        result.ops = {Op::create(newId(), result.createdId, ObjectType::Text, props)};
        return result;
    }
    const Object *o = document.find(editingId);
    if (!o)
        return result;
    if (text.isEmpty()) {
        result.kind = TextCommit::Kind::Delete;
        result.ops = {Op::remove(newId(), editingId)};
    } else if (text != o->string(QLatin1String("text"))) {
        result.kind = TextCommit::Kind::Edit;
        result.ops = {Op::update(newId(), editingId, {{key::text, text}})};
    }
    return result;
}

} // namespace inkboard::canvas::commands
