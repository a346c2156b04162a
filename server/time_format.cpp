#include "time_format.h"

#include <cstdio>
#include <ctime>

namespace inkboard::server {

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

} // namespace inkboard::server
