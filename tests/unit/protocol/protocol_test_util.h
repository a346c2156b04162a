// SPDX-License-Identifier: Apache-2.0
#pragma once

// Shared by the protocol tests: JSON text in, a JSON object out.

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtGlobal>

namespace inkboard::test {

// The object `text` holds; a test whose text is no JSON object stops at once (a writer that
// wrote bad bytes, or a typo in a literal).
inline QJsonObject jsonObject(const QByteArray &text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        qFatal("not a JSON object: %s", text.constData());
    return doc.object();
}

} // namespace inkboard::test
