// SPDX-License-Identifier: Apache-2.0
#include "stored_depth.h"

#include "model/limits.h"
#include "model/prop_rules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace inkboard::server {

namespace {

// A row is an array of objects whose `props` hold the values: three levels around them.
constexpr int kLevelsAroundValues = 3;

} // namespace

int jsonNestingDepth(QByteArrayView json)
{
    int depth = 0;
    int deepest = 0;
    bool inString = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            deepest = qMax(deepest, ++depth);
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return deepest;
}

QStringList trimTooDeepProps(QByteArray &json)
{
    const int maxDepth = Limits().maxPropDepth;
    if (jsonNestingDepth(json) <= kLevelsAroundValues + maxDepth)
        return {};
    QJsonArray rows = QJsonDocument::fromJson(json).array();
    QStringList removed;
    for (auto row = rows.begin(); row != rows.end(); ++row) {
        QJsonObject item = row->toObject();
        QJsonObject props = item.value(QLatin1String("props")).toObject();
        const QStringList keys = removeTooDeepProps(props, maxDepth);
        if (keys.isEmpty())
            continue;
        const QString id = item.value(QLatin1String("id")).toString();
        for (const QString &key : keys)
            removed.append(QStringLiteral("%1: '%2'").arg(id, key));
        item.insert(QLatin1String("props"), props);
        *row = item;
    }
    if (!removed.isEmpty())
        json = QJsonDocument(rows).toJson(QJsonDocument::Compact);
    return removed;
}

} // namespace inkboard::server
