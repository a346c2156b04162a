// SPDX-License-Identifier: Apache-2.0
#include "page_writer.h"

namespace inkboard::protocol {

OpsPageWriter::OpsPageWriter(const QString &drawingId, qint64 latestRevision)
{
    m_out += "{\"drawing_id\":\"";
    m_out += drawingId.toLatin1();
    m_out += "\",\"latest_revision\":";
    m_out += QByteArray::number(latestRevision);
    m_out += ",\"commits\":[";
}

void OpsPageWriter::reserve(qsizetype commitBytes)
{
    // The commas between commits and the closing "],\"has_more\":false}".
    m_out.reserve(m_out.size() + commitBytes + commitBytes / 64 + 24);
}

void OpsPageWriter::addCommit(const QByteArray &commitJson)
{
    if (!m_empty)
        m_out += ',';
    m_empty = false;
    m_out += commitJson;
}

QByteArray OpsPageWriter::finish(bool hasMore)
{
    m_out += hasMore ? "],\"has_more\":true}" : "],\"has_more\":false}";
    return std::move(m_out);
}

} // namespace inkboard::protocol
