// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QtGlobal>

namespace inkboard {

// The size limits of PROTOCOL.md §1-2 and GET /info. The server advertises its own;
// clients validate against what the server said, or these defaults when offline.
struct Limits
{
    qint64 maxBodyBytes = 4 * 1024 * 1024;
    int maxOpsPerCommit = 1000;
    int maxPointsPerStroke = 20000;
    int maxTextChars = 100000;
    qint64 maxBlobBytes = 20 * 1024 * 1024;
    int commitsPerSecond = 50;
    int presencePerSecond = 30;

    // Not advertised: fixed by the model so that hostile input cannot grow without bound.
    static constexpr int kMaxPropsPerObject = 256;
    static constexpr int kMaxPropKeyLength = 64;
    static constexpr int kMaxZLength = 256;
    static constexpr int kMaxFontFamilyLength = 256;
    static constexpr int kMaxGroupDepth = 8; // nested groups (`groups`)
    static constexpr double kMaxCoordinate = 1e9;

    // How deep the value of an unknown prop may nest arrays and objects. Far below the JSON
    // parser's own limit (1024 in Qt), so that every page, snapshot and hello that carries
    // the value a few levels deeper still parses in every client. Not advertised either;
    // forStoredData() lifts it, as history stored before it existed is still history.
    int maxPropDepth = 32;

    // For reading back what was validated when it was stored (commits, snapshots, pending
    // edits): the limits may have been lowered since, and refusing stored data then would
    // lose accepted edits. Only the form of the data is checked.
    static Limits forStoredData();

    QJsonObject toJson() const;
    // Missing or malformed fields keep their defaults.
    static Limits fromJson(const QJsonObject &json);
};

} // namespace inkboard
