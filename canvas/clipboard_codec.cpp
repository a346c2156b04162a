// SPDX-License-Identifier: Apache-2.0
#include "clipboard_codec.h"

#include "blob_store.h"
#include "connectors/binding.h"
#include "grouping.h"
#include "model/ids.h"
#include "model/limits.h"
#include "model/op_codec.h"
#include "model/z_order.h"
#include "op_target.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

namespace inkboard::canvas {

QJsonObject ObjectBundle::toJson() const
{
    QJsonArray objs;
    for (const Object &o : objects)
        objs.append(o.toJson());
    QJsonObject b;
    for (auto it = blobs.constBegin(); it != blobs.constEnd(); ++it)
        b.insert(it.key(), QString::fromLatin1(it.value().toBase64()));
    return QJsonObject{{QStringLiteral("objects"), objs}, {QStringLiteral("blobs"), b}};
}

std::optional<ObjectBundle> ObjectBundle::fromJson(const QJsonObject &json, QString *error)
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const QJsonValue objs = json.value(QLatin1String("objects"));
    if (!objs.isArray())
        return fail(QObject::tr("it holds no list of objects"));
    ObjectBundle bundle;
    const Limits limits;
    QSet<QString> seen;
    const QJsonArray array = objs.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const Parsed<Object> parsed = parseObject(array.at(i), limits);
        if (const ValidationError *e = errorOf(parsed))
            return fail(QObject::tr("object %1 is invalid: %2").arg(i + 1).arg(e->message));
        const Object &o = std::get<Object>(parsed);
        if (seen.contains(o.id))
            return fail(QObject::tr("object id %1 appears twice").arg(o.id));
        seen.insert(o.id);
        bundle.objects.append(o);
    }
    const QJsonObject blobs = json.value(QLatin1String("blobs")).toObject();
    for (auto it = blobs.constBegin(); it != blobs.constEnd(); ++it) {
        if (!isValidBlobHash(it.key()) || !it.value().isString())
            return fail(QObject::tr("an embedded image has an invalid name"));
        const auto decoded = QByteArray::fromBase64Encoding(
            it.value().toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return fail(QObject::tr("an embedded image is not valid base64"));
        if (BlobStore::hashOf(*decoded) != it.key())
            return fail(QObject::tr("an embedded image does not match its hash"));
        bundle.blobs.insert(it.key(), *decoded);
    }
    return bundle;
}

ObjectBundle ObjectBundle::collect(const QList<Object> &objects, const BlobStore *blobs)
{
    ObjectBundle bundle;
    bundle.objects = objects;
    if (!blobs)
        return bundle;
    for (const Object &o : objects) {
        if (o.type != ObjectType::Image)
            continue;
        const QString hash = o.string(QLatin1String("blob"));
        if (bundle.blobs.contains(hash))
            continue;
        const QByteArray bytes = blobs->data(hash);
        if (!bytes.isEmpty())
            bundle.blobs.insert(hash, bytes);
    }
    return bundle;
}

bool ObjectBundle::storeBlobs(BlobStore *store, QString *error) const
{
    if (!store)
        return blobs.isEmpty();
    for (auto it = blobs.constBegin(); it != blobs.constEnd(); ++it) {
        if (store->put(it.value(), error).isEmpty())
            return false;
    }
    return true;
}

QByteArray encodeClipboard(const ObjectBundle &bundle)
{
    QJsonObject json = bundle.toJson();
    json.insert(QStringLiteral("type"), QStringLiteral("inkboard/clipboard"));
    json.insert(QStringLiteral("version"), 1);
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

std::optional<ObjectBundle> decodeClipboard(const QByteArray &bytes, QString *error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
    if (!doc.isObject()) {
        if (error)
            *error = pe.errorString();
        return std::nullopt;
    }
    return ObjectBundle::fromJson(doc.object(), error);
}

OpList pasteOps(const QList<Object> &objects, const QString &zAbove, QPointF offset,
                QStringList *newIds)
{
    QList<Object> ordered = objects;
    std::sort(ordered.begin(), ordered.end(), renderLess);
    const auto keys = keysBetween(zAbove, QString(), int(ordered.size()));
    QHash<QString, QString> groups;
    // New ids first, so that a connector keeps its bindings to the shapes pasted with it;
    // an end bound to a shape left behind is unbound (it stays where it is drawn).
    QHash<QString, QString> ids;
    for (const Object &o : std::as_const(ordered))
        ids.insert(o.id, newId());
    OpList ops;
    for (qsizetype i = 0; i < ordered.size(); ++i) {
        Object o = ordered[i];
        o.id = ids.value(o.id);
        for (End end : {End::Start, End::End}) {
            const std::optional<Binding> b = bindingOf(o, end);
            if (!b)
                continue;
            if (ids.contains(b->id))
                o.props.insert(bindKey(end), Binding{ids.value(b->id), b->fx, b->fy}.toJson());
            else
                o.props.remove(bindKey(end));
        }
        if (keys)
            o.props.insert(QStringLiteral("z"), keys->at(i));
        // Nested groups keep their nesting under new ids, the same for every object pasted.
        QStringList path = groupPath(o);
        for (QString &group : path) {
            if (!groups.contains(group))
                groups.insert(group, newId());
            group = groups.value(group);
        }
        o.props.remove(key::group);
        o.props.remove(key::groups);
        if (!path.isEmpty()) {
            const QJsonObject props = groupProps(path);
            for (auto it = props.begin(); it != props.end(); ++it)
                o.props.insert(it.key(), it.value());
        }
        const double x = std::clamp(o.number(QLatin1String("x")) + offset.x(),
                                    -Limits::kMaxCoordinate, Limits::kMaxCoordinate);
        const double y = std::clamp(o.number(QLatin1String("y")) + offset.y(),
                                    -Limits::kMaxCoordinate, Limits::kMaxCoordinate);
        o.props.insert(QStringLiteral("x"), x);
        o.props.insert(QStringLiteral("y"), y);
        if (newIds)
            newIds->append(o.id);
        ops.append(Op::create(newId(), o.id, o.type, o.props));
    }
    return ops;
}

} // namespace inkboard::canvas
