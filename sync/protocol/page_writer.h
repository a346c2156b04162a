// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>

namespace inkboard::protocol {

// The bytes of an OpsPage (GET /drawings/{id}/ops?after=R) as production writes them: the
// commits arrive already encoded (the server keeps each commit's ops as stored JSON), so the
// page is assembled around them instead of going through QJsonObject. OpsPage::fromJson reads
// it back; tst_page_writer holds the two to the same field names.
class OpsPageWriter
{
public:
    // The drawing id is written unescaped: its alphabet ([A-Za-z0-9_-]) needs none.
    OpsPageWriter(const QString &drawingId, qint64 latestRevision);

    // Room for this many bytes of commits, to allocate once.
    void reserve(qsizetype commitBytes);

    // One commit in Commit::toJson's form, already JSON.
    void addCommit(const QByteArray &commitJson);
    QByteArray finish(bool hasMore);

private:
    QByteArray m_out;
    bool m_empty = true;
};

} // namespace inkboard::protocol
