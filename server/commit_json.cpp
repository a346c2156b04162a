#include "commit_json.h"

#include "time_format.h"

namespace inkboard::server {

namespace {

// Ids and usernames need no JSON escaping: their alphabets are safe.
QByteArray commitFields(const CommitRecord &c)
{
    return "\"revision\":" + QByteArray::number(c.revision) + ",\"author\":{\"id\":\"" +
           c.authorId.toLatin1() + "\",\"name\":\"" + c.authorName.toUtf8() +
           "\"},\"client_id\":\"" + c.clientId.toLatin1() + "\",\"created_at\":\"" +
           isoUtcBytes(c.createdAt) + "\",\"ops\":" + c.opsJson + '}';
}

} // namespace

QByteArray commitJson(const CommitRecord &commit)
{
    return '{' + commitFields(commit);
}

QByteArray commitPushJson(const QString &drawingId, const CommitRecord &commit)
{
    return "{\"type\":\"commit\",\"drawing_id\":\"" + drawingId.toLatin1() + "\"," +
           commitFields(commit);
}

} // namespace inkboard::server
