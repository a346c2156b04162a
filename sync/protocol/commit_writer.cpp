// SPDX-License-Identifier: Apache-2.0
#include "commit_writer.h"

#include <cstdio>
#include <ctime>

namespace inkboard::protocol {

namespace {

// Ids, client ids and user names need no JSON escaping: their alphabets are checked when
// they are made (model/ids.h, account names), so they are copied as they are.
void appendFields(QByteArray &out, const StoredCommit &c)
{
    out += "\"revision\":";
    out += QByteArray::number(c.revision);
    out += ",\"author\":{\"id\":\"";
    out += c.author.id.toLatin1();
    out += "\",\"name\":\"";
    out += c.author.name.toUtf8();
    out += "\"},\"client_id\":\"";
    out += c.clientId.toLatin1();
    out += "\",\"created_at\":\"";
    out += isoUtcBytes(c.createdAt);
    out += "\",\"ops\":";
    out += c.opsJson;
    out += '}';
}

constexpr qsizetype kFieldsBytes = 160; // everything of a commit but its ops and names

} // namespace

QByteArray writeCommit(const StoredCommit &commit)
{
    QByteArray out;
    out.reserve(kFieldsBytes + commit.opsJson.size() + commit.author.name.size());
    out += '{';
    appendFields(out, commit);
    return out;
}

QByteArray writeCommitPush(const QString &drawingId, const StoredCommit &commit)
{
    QByteArray out;
    out.reserve(kFieldsBytes + 32 + drawingId.size() + commit.opsJson.size() +
                commit.author.name.size());
    out += "{\"type\":\"commit\",\"drawing_id\":\"";
    out += drawingId.toLatin1();
    out += "\",";
    appendFields(out, commit);
    return out;
}

QByteArray writeCommitResponse(const CommitResponse &r)
{
    QByteArray out;
    out.reserve(64 + r.results.size() * 100);
    out += "{\"revision\":";
    out += r.revision ? QByteArray::number(*r.revision) : QByteArray("null");
    out += ",\"latest_revision\":";
    out += QByteArray::number(r.latestRevision);
    out += ",\"results\":[";
    for (qsizetype i = 0; i < r.results.size(); ++i) {
        const CommitResponse::Result &x = r.results[i];
        if (i)
            out += ',';
        out += "{\"op_id\":\"";
        out += x.opId.toLatin1();
        out += "\",\"revision\":";
        out += QByteArray::number(x.revision);
        out += x.duplicate ? ",\"status\":\"duplicate\"}" : ",\"status\":\"applied\"}";
    }
    out += "]}";
    return out;
}

QByteArray isoUtcBytes(const QDateTime &time)
{
    const time_t secs = time_t(time.toSecsSinceEpoch());
    struct tm tm;
    gmtime_r(&secs, &tm);
    char buf[32];
    const int n =
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02dZ", tm.tm_year + 1900,
                      tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec);
    return QByteArray(buf, n);
}

} // namespace inkboard::protocol
