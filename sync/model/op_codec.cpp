// SPDX-License-Identifier: Apache-2.0
#include "op_codec.h"

#include "ids.h"
#include "prop_rules.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace inkboard {

namespace {

using Code = ValidationError::Code;

ValidationError opError(Code code, const QString &message, int index)
{
    return ValidationError{code, message, index};
}

// Reads an id field into `out`, once: the value is looked up and copied a single time.
std::optional<ValidationError> readId(const QJsonObject &o, QLatin1String key, int index,
                                      QString &out)
{
    const QJsonValue v = o.value(key);
    if (!v.isString())
        return opError(Code::InvalidOp, QStringLiteral("'%1' must be a string").arg(key), index);
    out = v.toString();
    if (!isValidId(out)) {
        return opError(Code::InvalidId,
                       QStringLiteral("'%1' must be 1-64 characters of [A-Za-z0-9_-]").arg(key),
                       index);
    }
    return std::nullopt;
}

} // namespace

Parsed<Op> parseOp(const QJsonValue &json, const Limits &limits, int index)
{
    if (!json.isObject())
        return opError(Code::InvalidOp, QStringLiteral("an op must be a JSON object"), index);
    const QJsonObject o = json.toObject();
    Op op;
    if (auto err = readId(o, QLatin1String("op_id"), index, op.opId))
        return *err;
    if (auto err = readId(o, QLatin1String("id"), index, op.id))
        return *err;

    const QString kind = o.value(QLatin1String("op")).toString();
    std::optional<ObjectType> type;
    PropsUse use = PropsUse::Update;
    if (kind == u"create") {
        op.kind = Op::Kind::Create;
        type = objectTypeFromString(o.value(QLatin1String("type")).toString());
        if (!type) {
            return opError(Code::InvalidOp,
                           QStringLiteral("'type' must be one of stroke, rect, ellipse, line, "
                                          "arrow, text, image"),
                           index);
        }
        op.type = *type;
        use = PropsUse::Create;
    } else if (kind == u"update") {
        op.kind = Op::Kind::Update;
    } else if (kind == u"delete") {
        op.kind = Op::Kind::Delete;
        return op;
    } else {
        return opError(Code::InvalidOp, QStringLiteral("'op' must be create, update or delete"),
                       index);
    }

    const QJsonValue props = o.value(QLatin1String("props"));
    if (!props.isObject())
        return opError(Code::InvalidOp, QStringLiteral("'props' must be an object"), index);
    op.props = props.toObject();
    if (auto err = validateProps(op.props, use, type, limits)) {
        err->index = index;
        return *err;
    }
    return op;
}

Parsed<OpList> parseOps(const QJsonValue &json, const Limits &limits)
{
    if (!json.isArray())
        return ValidationError{Code::BadRequest, QStringLiteral("'ops' must be an array")};
    const QJsonArray array = json.toArray();
    if (array.isEmpty())
        return ValidationError{Code::BadRequest, QStringLiteral("'ops' must not be empty")};
    if (array.size() > limits.maxOpsPerCommit) {
        return ValidationError{
            Code::TooLarge,
            QStringLiteral("more than %1 ops in one commit").arg(limits.maxOpsPerCommit)};
    }
    OpList ops;
    ops.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        Parsed<Op> op = parseOp(array.at(i), limits, int(i));
        if (auto *err = errorOf(op))
            return *err;
        ops.append(std::move(std::get<Op>(op)));
    }
    return ops;
}

Parsed<Object> parseStoredObject(const QJsonValue &json)
{
    if (!json.isObject())
        return ValidationError{Code::InvalidOp, QStringLiteral("an object must be a JSON object")};
    const QJsonObject o = json.toObject();
    QString id;
    if (auto err = readId(o, QLatin1String("id"), -1, id))
        return *err;
    const auto type = objectTypeFromString(o.value(QLatin1String("type")).toString());
    if (!type)
        return ValidationError{Code::InvalidOp, QStringLiteral("unknown object type")};
    const QJsonValue props = o.value(QLatin1String("props"));
    if (!props.isObject())
        return ValidationError{Code::InvalidOp, QStringLiteral("'props' must be an object")};
    return Object{std::move(id), *type, props.toObject()};
}

Parsed<Object> parseObject(const QJsonValue &json, const Limits &limits)
{
    Parsed<Object> parsed = parseStoredObject(json);
    if (auto *object = std::get_if<Object>(&parsed)) {
        if (auto err = validateProps(object->props, PropsUse::Create, object->type, limits))
            return *err;
    }
    return parsed;
}

Parsed<QJsonObject> parseJsonObject(const QByteArray &bytes, const Limits &limits)
{
    if (bytes.size() > limits.maxBodyBytes) {
        return ValidationError{Code::TooLarge,
                               QStringLiteral("body is over %1 bytes").arg(limits.maxBodyBytes)};
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        return ValidationError{Code::BadJson, QStringLiteral("body is not valid JSON: %1 at %2")
                                                  .arg(error.errorString())
                                                  .arg(error.offset)};
    if (!doc.isObject())
        return ValidationError{Code::BadJson, QStringLiteral("body must be a JSON object")};
    return doc.object();
}

} // namespace inkboard
