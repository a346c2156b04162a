// SPDX-License-Identifier: Apache-2.0
#include "document.h"

#include <algorithm>

namespace inkboard {

bool Document::apply(const Op &op)
{
    switch (op.kind) {
    case Op::Kind::Create:
        if (m_objects.contains(op.id))
            return false;
        m_objects.insert(op.id, Object{op.id, op.type, op.props});
        return true;
    case Op::Kind::Update: {
        auto it = m_objects.find(op.id);
        if (it == m_objects.end())
            return false;
        it->applyUpdate(op.props);
        return !op.props.isEmpty();
    }
    case Op::Kind::Delete:
        return m_objects.remove(op.id);
    }
    return false;
}

void Document::apply(const OpList &ops)
{
    for (const Op &op : ops)
        apply(op);
}

const Object *Document::find(const QString &id) const
{
    const auto it = m_objects.constFind(id);
    return it == m_objects.constEnd() ? nullptr : &*it;
}

QList<Object> Document::inRenderOrder() const
{
    QList<Object> list = m_objects.values();
    std::sort(list.begin(), list.end(), renderLess);
    return list;
}

QJsonArray Document::toJson() const
{
    QStringList ids = m_objects.keys();
    std::sort(ids.begin(), ids.end());
    QJsonArray array;
    for (const QString &id : ids)
        array.append(m_objects.value(id).toJson());
    return array;
}

} // namespace inkboard
