// SPDX-License-Identifier: Apache-2.0
#include "frame_scan.h"

namespace inkboard::bench {

qint64 scanCommitRevision(QByteArrayView frame)
{
    if (!frame.contains(QByteArrayView("\"commit\"")))
        return 0;
    const qsizetype key = frame.indexOf(QByteArrayView("\"revision\""));
    if (key < 0)
        return 0;
    qsizetype i = key + 10;
    while (i < frame.size() && (frame[i] == ' ' || frame[i] == ':' || frame[i] == '\t'))
        ++i;
    qint64 value = 0;
    bool any = false;
    while (i < frame.size() && frame[i] >= '0' && frame[i] <= '9' && value < (qint64(1) << 52)) {
        value = value * 10 + (frame[i] - '0');
        any = true;
        ++i;
    }
    return any ? value : 0;
}

} // namespace inkboard::bench
