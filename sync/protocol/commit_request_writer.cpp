// SPDX-License-Identifier: Apache-2.0
#include "commit_request_writer.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace inkboard::protocol {

namespace {

// A JSON string with QJsonDocument's escaping: a client id is validated on the server only,
// so the client writes whatever its store holds, escaped.
QByteArray jsonString(const QString &s)
{
    const QByteArray array = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2); // without the brackets
}

} // namespace

CommitRequestWriter::CommitRequestWriter(const QString &clientId)
    : m_head("{\"client_id\":" + jsonString(clientId) + ",\"ops\":[")
{}

qsizetype CommitRequestWriter::append(const Op &op)
{
    const qsizetype before = m_ops.size();
    if (m_opCount > 0)
        m_ops += ',';
    m_ops += QJsonDocument(op.toJson()).toJson(QJsonDocument::Compact);
    ++m_opCount;
    return m_ops.size() - before;
}

QByteArray CommitRequestWriter::bytes() const
{
    return m_head + m_ops + "]}";
}

QByteArray CommitRequestWriter::write(const CommitRequest &request)
{
    CommitRequestWriter writer(request.clientId);
    for (const Op &op : request.ops)
        writer.append(op);
    return writer.bytes();
}

} // namespace inkboard::protocol
