// SPDX-License-Identifier: Apache-2.0
#include "logging.h"

namespace inkboard::server {
// Debug lines (one per request) are off unless QT_LOGGING_RULES turns them on; warnings,
// which every error is logged as, are always on.
Q_LOGGING_CATEGORY(lcHttp, "inkboard.server.http", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPush, "inkboard.server.push", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "inkboard.server.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAuth, "inkboard.server.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcServer, "inkboard.server", QtInfoMsg)
Q_LOGGING_CATEGORY(lcFanout, "inkboard.server.fanout", QtInfoMsg)
} // namespace inkboard::server

#include <QByteArray>
#include <cstdio>
#include <cstdlib>

namespace inkboard::server {

QString escapeControlCharacters(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        // C0, DEL and C1 controls, and the Unicode line and paragraph separators.
        if (u < 0x20 || (u >= 0x7f && u < 0xa0) || u == 0x2028 || u == 0x2029)
            out += u < 0x100 ? QStringLiteral("\\x%1").arg(int(u), 2, 16, QLatin1Char('0'))
                             : QStringLiteral("\\u%1").arg(int(u), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

namespace {

void writeEscaped(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QByteArray line =
        qFormatLogMessage(type, context, escapeControlCharacters(message)).toLocal8Bit();
    std::fprintf(stderr, "%s\n", line.constData());
    std::fflush(stderr);
    if (type == QtFatalMsg)
        std::abort();
}

} // namespace

void installLogEscaping()
{
    qInstallMessageHandler(writeEscaped);
}

} // namespace inkboard::server
