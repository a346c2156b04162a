// SPDX-License-Identifier: Apache-2.0
#include "limits.h"

#include <limits>

namespace inkboard {

Limits Limits::forStoredData()
{
    Limits l;
    l.maxBodyBytes = std::numeric_limits<qint64>::max();
    l.maxOpsPerCommit = std::numeric_limits<int>::max();
    l.maxPointsPerStroke = std::numeric_limits<int>::max();
    l.maxTextChars = std::numeric_limits<int>::max();
    l.maxPropDepth = std::numeric_limits<int>::max();
    return l;
}

QJsonObject Limits::toJson() const
{
    return QJsonObject{
        {QStringLiteral("max_body_bytes"), maxBodyBytes},
        {QStringLiteral("max_ops_per_commit"), maxOpsPerCommit},
        {QStringLiteral("max_points_per_stroke"), maxPointsPerStroke},
        {QStringLiteral("max_text_chars"), maxTextChars},
        {QStringLiteral("max_blob_bytes"), maxBlobBytes},
        {QStringLiteral("commits_per_second"), commitsPerSecond},
        {QStringLiteral("presence_per_second"), presencePerSecond},
    };
}

Limits Limits::fromJson(const QJsonObject &json)
{
    Limits l;
    auto readInt = [&json](const char *key, auto &field) {
        using Field = std::remove_reference_t<decltype(field)>;
        const QJsonValue v = json.value(QLatin1String(key));
        // Only in-range values: casting a larger double to an integer is undefined.
        const double d = v.toDouble(0);
        if (v.isDouble() && d >= 1 && d < double(std::numeric_limits<Field>::max()))
            field = static_cast<Field>(d);
    };
    readInt("max_body_bytes", l.maxBodyBytes);
    readInt("max_ops_per_commit", l.maxOpsPerCommit);
    readInt("max_points_per_stroke", l.maxPointsPerStroke);
    readInt("max_text_chars", l.maxTextChars);
    readInt("max_blob_bytes", l.maxBlobBytes);
    readInt("commits_per_second", l.commitsPerSecond);
    readInt("presence_per_second", l.presencePerSecond);
    return l;
}

} // namespace inkboard
