// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>
#include <vector>

namespace inkboard::server {

// A Bloom filter of a drawing's op ids: "certainly new" for almost every new op, so the
// commit path reads the store only for possible duplicates (about 1 % false positives).
class OpIdFilter
{
public:
    void reset(qsizetype expected);
    void add(const QString &opId);
    bool mayContain(const QString &opId) const;
    // True once it holds so many ids that false positives grow: rebuild it bigger.
    bool full() const { return m_count * 12 > qsizetype(m_bits.size()) * 64; }
    qsizetype count() const { return m_count; }

private:
    static constexpr int kHashes = 4;
    std::vector<quint64> m_bits;
    qsizetype m_count = 0;
};

} // namespace inkboard::server
