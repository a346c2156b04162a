#include "z_order.h"

#include "model/z_order.h"
#include "op_target.h"
#include "selected.h"
#include "style.h"

namespace inkboard::canvas::commands {

namespace {

OpList restack(const Document &document, const QSet<QString> &selection, const QString &below,
               const QString &above)
{
    const QList<Object> objects = selectedObjects(document, selection);
    if (objects.isEmpty())
        return {};
    const auto keys = keysBetween(below, above, int(objects.size()));
    if (!keys)
        return {};
    OpList ops;
    for (qsizetype i = 0; i < objects.size(); ++i)
        ops.append(Op::update(newId(), objects[i].id, {{key::z, keys->at(i)}}));
    return ops;
}

} // namespace

OpList bringToFront(const Document &document, const QSet<QString> &selection, const QString &maxZ)
{
    return restack(document, selection, maxZ, QString());
}

OpList sendToBack(const Document &document, const QSet<QString> &selection, const QString &minZ)
{
    return restack(document, selection, QString(), minZ);
}

} // namespace inkboard::canvas::commands
