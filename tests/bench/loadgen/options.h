// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

namespace inkboard::bench {

// Everything the command line can set. Defaults are the documented benchmark figures'.
struct Options
{
    QString scenario;
    QStringList inputs; // report: files of JSON results

    // Server: --url of a running one, or --server-binary to start one per run.
    QString url;
    QString serverBinary;
    QStringList serverArgs;
    QStringList serverEnv; // KEY=VALUE for the started server only
    QString dataDir;
    qint64 serverPid = 0;
    QString user = QStringLiteral("bench");
    QString password = QStringLiteral("bench-password-1");
    bool tokenInQuery = false;

    int threads = 2;
    double durationS = 5;
    double warmupS = 1;
    int writers = 1;
    int drawings = 1;
    int opsPerCommit = 1;
    int subscribers = 10;
    int commits = 1000;
    double gapMs = 5;
    double presenceHz = 10; // presence: messages per second per participant
    int rooms = 50;
    double editRate = 0; // per room; 0: closed loop, one op per commit
    int connections = 5000;
    int sourceAddresses = 1;
    int connectConcurrency = 256;
    double settleS = 3;
    int seedWriters = 10;
    int repeat = 5;
    QString label;
    QString format = QStringLiteral("text");

    // Parses argv; on failure returns false with a message (or the help text) in *message.
    static bool parse(const QStringList &arguments, Options *out, QString *message,
                      bool *helpShown);
};

} // namespace inkboard::bench
