// SPDX-License-Identifier: Apache-2.0
#pragma once

// Small helpers shared by the model tests: JSON literals in, model values out.

#include "model/document.h"
#include "model/op_codec.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace inkboard::test {

inline QJsonValue json(const QByteArray &text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson("[" + text + "]", &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad JSON in a test: %s (%s)", text.constData(), qPrintable(error.errorString()));
    return doc.array().at(0);
}

inline Op op(const QByteArray &text, const Limits &limits = {})
{
    Parsed<Op> parsed = parseOp(json(text), limits);
    if (const ValidationError *err = errorOf(parsed))
        qFatal("invalid op in a test: %s (%s)", text.constData(), qPrintable(err->message));
    return std::get<Op>(std::move(parsed));
}

inline OpList ops(const QByteArray &text, const Limits &limits = {})
{
    Parsed<OpList> parsed = parseOps(json(text), limits);
    if (const ValidationError *err = errorOf(parsed))
        qFatal("invalid ops in a test: %s (%s)", text.constData(), qPrintable(err->message));
    return std::get<OpList>(std::move(parsed));
}

inline QByteArray compact(const QJsonArray &array)
{
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

// A document in its stable form (objects sorted by id), for readable failure messages.
inline QByteArray dump(const Document &doc)
{
    return compact(doc.toJson());
}

} // namespace inkboard::test
