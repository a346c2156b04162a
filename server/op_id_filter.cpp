// SPDX-License-Identifier: Apache-2.0
#include "op_id_filter.h"

#include <QHash>

namespace inkboard::server {

void OpIdFilter::reset(qsizetype expected)
{
    // ~16 bits per id with 4 hashes: under 1 % false positives.
    qsizetype words = 1024;
    while (words * 64 < expected * 16)
        words *= 2;
    m_bits.assign(size_t(words), 0);
    m_count = 0;
}

void OpIdFilter::add(const QString &opId)
{
    const size_t mask = m_bits.size() * 64 - 1;
    const size_t h1 = qHash(opId, 0x9e3779b9u);
    const size_t h2 = qHash(opId, 0x85ebca6bu) | 1;
    for (int i = 0; i < kHashes; ++i) {
        const size_t bit = (h1 + size_t(i) * h2) & mask;
        m_bits[bit / 64] |= quint64(1) << (bit % 64);
    }
    ++m_count;
}

bool OpIdFilter::mayContain(const QString &opId) const
{
    if (m_bits.empty())
        return true;
    const size_t mask = m_bits.size() * 64 - 1;
    const size_t h1 = qHash(opId, 0x9e3779b9u);
    const size_t h2 = qHash(opId, 0x85ebca6bu) | 1;
    for (int i = 0; i < kHashes; ++i) {
        const size_t bit = (h1 + size_t(i) * h2) & mask;
        if (!(m_bits[bit / 64] & (quint64(1) << (bit % 64))))
            return false;
    }
    return true;
}

} // namespace inkboard::server
