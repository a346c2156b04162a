// SPDX-License-Identifier: Apache-2.0
#include "commands/reading_order.h"

#include <algorithm>

namespace inkboard::canvas::commands {

QStringList readingOrder(const Document &document, const BoundsOf &boundsOf)
{
    struct Entry
    {
        QString id;
        QRectF box;
    };
    std::vector<Entry> entries;
    entries.reserve(size_t(document.size()));
    for (const Object &o : document.objects())
        entries.push_back({o.id, boundsOf(o)});
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return a.box.top() != b.box.top() ? a.box.top() < b.box.top() : a.id < b.id;
    });
    QStringList out;
    out.reserve(qsizetype(entries.size()));
    size_t rowStart = 0;
    while (rowStart < entries.size()) {
        const QRectF &first = entries[rowStart].box;
        size_t rowEnd = rowStart + 1;
        while (rowEnd < entries.size() && entries[rowEnd].box.center().y() <= first.bottom())
            ++rowEnd;
        std::sort(entries.begin() + qsizetype(rowStart), entries.begin() + qsizetype(rowEnd),
                  [](const Entry &a, const Entry &b) {
                      return a.box.left() != b.box.left() ? a.box.left() < b.box.left()
                                                          : a.id < b.id;
                  });
        for (size_t i = rowStart; i < rowEnd; ++i)
            out.append(entries[i].id);
        rowStart = rowEnd;
    }
    return out;
}

QString cycleSelection(const Document &document, const QSet<QString> &selection,
                       const BoundsOf &boundsOf, bool forward)
{
    const QStringList order = readingOrder(document, boundsOf);
    if (order.isEmpty())
        return {};
    qsizetype at = -1;
    // From the selected object furthest along (or back) in the order.
    for (qsizetype i = 0; i < order.size(); ++i) {
        if (selection.contains(order[i]) && (at < 0 || forward))
            at = i;
    }
    if (at < 0)
        return forward ? order.first() : order.last();
    const qsizetype n = order.size();
    return order[(at + (forward ? 1 : n - 1)) % n];
}

} // namespace inkboard::canvas::commands
